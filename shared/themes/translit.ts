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

// Order matters: longer digraphs first. Both sides pass through these, so merging
// х/г/h or ш/щ/sh loses nothing that matters for a keyword match.
const LATIN: [RegExp, string][] = [
  [/shch|sch/g, 's'],
  [/sh/g, 's'],
  [/zh/g, 'z'],
  [/ch/g, 'c'],
  [/kh/g, 'g'],
  [/ts|tz/g, 'c'],
  [/[yj]/g, 'i'],
  [/h/g, 'g'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
]

/** Skeleton of a lowercase Latin word. @example latinSkeleton('oshibka') // 'osibka' */
export function latinSkeleton(word: string): string {
  let s = word
  for (const [re, to] of LATIN) s = s.replace(re, to)
  return s
}

/** Skeleton of a lowercase Cyrillic word. @example cyrillicSkeleton('ошибка') // 'osibka' */
export function cyrillicSkeleton(word: string): string {
  let out = ''
  for (const ch of word) out += CYR[ch] ?? ch
  return latinSkeleton(out)
}
