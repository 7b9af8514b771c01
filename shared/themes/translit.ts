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

// Longer digraphs first. Both sides pass through these, so merging х/г/h or ш/щ/sh loses
// nothing that matters for a keyword match.
const DIGRAPHS: [string, string][] = [
  ['shch', 's'],
  ['sch', 's'],
  ['sh', 's'],
  ['zh', 'z'],
  ['ch', 'c'],
  ['kh', 'g'],
  ['ts', 'c'],
  ['tz', 'c'],
]
const SINGLE: Record<string, string> = { y: 'i', j: 'i', h: 'g', w: 'v', q: 'k', x: 'ks' }

/** Skeleton of a lowercase Latin word. @example latinSkeleton('oshibka') // 'osibka' */
export function latinSkeleton(word: string): string {
  let out = ''
  for (let i = 0; i < word.length; ) {
    const d = DIGRAPHS.find(([from]) => word.startsWith(from, i))
    if (d) {
      out += d[1]
      i += d[0].length
    } else {
      out += SINGLE[word[i]] ?? word[i]
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
