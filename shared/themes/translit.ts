/**
 * A lossy Latin "skeleton" shared by Cyrillic words and their Latin transliterations, so
 * that 'dostavka', 'prilozhenie' or 'pyshe pomylka' find the Cyrillic lexicon entries
 * 'доставк', 'приложен', 'помилк' whichever romanisation the customer used.
 * @module
 */

const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'z', з: 'z',
  и: 'i', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'g', ц: 'c', ч: 'c', ш: 's', щ: 's', ъ: '', ы: 'i',
  ь: '', э: 'e', ю: 'iu', я: 'ia',
}

// Digraphs shch/sch/sh → s, zh → z, ch → c, kh → g, ts/tz → c, then single letters. Both
// sides pass through these, so merging х/г/h or ш/щ/sh loses nothing that matters for a
// keyword match.
const SINGLE: Record<string, string> = { y: 'i', j: 'i', h: 'g', w: 'v', q: 'k', x: 'ks' }
const BEFORE_H: Record<string, string> = { s: 's', z: 'z', c: 'c', k: 'g' }

/** Skeleton of a lowercase Latin word. @example latinSkeleton('oshibka') // 'osibka' */
export function latinSkeleton(word: string): string {
  let out = ''
  for (let i = 0; i < word.length; ) {
    const c = word[i]
    const n = word[i + 1]
    if (c === 's' && word.startsWith('shch', i)) {
      out += 's'
      i += 4
    } else if (c === 's' && n === 'c' && word[i + 2] === 'h') {
      out += 's'
      i += 3
    } else if (n === 'h' && BEFORE_H[c]) {
      out += BEFORE_H[c]
      i += 2
    } else if (c === 't' && (n === 's' || n === 'z')) {
      out += 'c'
      i += 2
    } else {
      out += SINGLE[c] ?? c
      i++
    }
  }
  return out
}

/** Skeleton of a lowercase Cyrillic word. @example cyrillicSkeleton('ошибка') // 'osibka' */
export function cyrillicSkeleton(word: string): string {
  let out = ''
  for (const ch of word) out += CYR[ch] ?? ch
  return latinSkeleton(out)
}
