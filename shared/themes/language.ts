/**
 * Which language a comment is in: the answer's locale when it fits the text, otherwise
 * detection — Cyrillic by the letters only one of Ukrainian and Russian has, Latin by
 * transliteration markers, and franc-min (trigrams) when neither decides.
 * @module
 */
import { franc } from 'franc-min'
import { foldLatin } from './tokenize'

/** English and the languages that may be romanised. Others with lexicons: see lexicons.ts. */
export type Lang = 'en' | 'ru' | 'uk'

const UK_ONLY = /[іїєґ]/gu
const RU_ONLY = /[ыэъё]/gu

// Frequent words of romanised Russian / Ukrainian that English does not use.
const TRANSLIT_RU = new Set(
  'ne net eto vse vsyo uzhe ochen kak chto pochemu gde mne menya moy moi zakaz zakazal dostavka dostavku prilozhenie oshibka pishet opyat spasibo horosho khorosho plokho nichego mogu zhdu tolko esche eshe davno kogda hotya dengi karta kartu oplata oplatil privezli tak bylo byl byla kurier kurer'.split(' '),
)
const TRANSLIT_UK = new Set(
  'ne shcho scho tse vzhe duzhe yak ale mozhu moie moye zamovlennia zamovlennya zastosunok pomylka pyshe dyakuyu diakuiu dobre pohano pogano nichoho koly chomu hroshi groshi kartka kartku oplata znovu dosi hodyny hodynu hodyn navit buv bula bulo tak kurier dostavka dostavku'.split(' '),
)
// Very common English words (no 'a', 'i' or 'no': romanised Slavic has them too).
const ENGLISH = new Set(
  'the and is was to my it not of for in on but this that you your with have has are were be so very at me we they our all just its got get can will would do did been had an or as by from out up like too what when why how there here than then them their one even only also still again ever never always great good fast thanks thank love best order app delivery'.split(' '),
)

// Frequent words of the other Latin-script languages with lexicons, without diacritics.
const LATIN_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    de: 'und der die das ist nicht ich sehr mit zu auf fur war aber kein keine wie noch nur schon immer mal bei ein eine einen dem den des zum zur hat habe wurde wird sind auch viel mehr als nach vom beim uber mein meine alles bestens naja joa danke bitte woanders wieder kam gut schlecht leider lieferung bestellung',
    fr: 'le les et est pas je tres tout une des du au aux mais avec pour sur ce cette sont ete jai cest nest bien mal toujours jamais rien encore deja vraiment suis mon mes vous nous leur chez apres depuis enfin sympa bof moyen plus dans sans livraison commande',
    es: 'el los las y es muy que pero con por para del una al lo se mi todo bien mal siempre nunca nada esta estaba llego hay tambien tiene fue nos su sus ya como pedido entrega',
    it: 'il gli e non molto che per con ma sono della delle degli nel nella alla anche piu gia ancora perche questo questa quando sempre poi dopo tutti ogni una di da ho hanno tutto bene male mai niente ordine consegna arrivato arrivata',
    pt: 'os nao muito com mas do da dos das um uma na foi tudo bem sempre nunca nada eu voce meu minha sem ate ainda tambem entao pra pro isso estava chegou veio tem sao loja compra otimo pedido entrega',
    pl: 'i nie jest sie na bardzo ze z w ale po jak juz tylko mi za to co dla przez tak bylo byl byla jestem mam nic wszystko polecam dziekuje dobrze zle zawsze nigdy zamowienie dostawa sklep',
    tr: 've bir bu cok icin ama degil da ile gibi daha iyi kotu hep hic saat saattir gun sonra geldi yok var musteri hizmet hizmetleri urun guzel harika berbat rezalet idare eder hala bile her oldu tesekkurler siparis kargo',
  }).map(([lang, words]) => [lang, new Set(words.split(' '))]),
)
// Letters only one of them writes: romanised Russian or Ukrainian never has them.
const OWN_LETTERS: Record<string, RegExp> = { pl: /[ąęłśżźćń]/u, tr: /[ğşı]/u, de: /[äß]/u, es: /[ñ¿¡]/u, pt: /[ãõ]/u, fr: /[œë]/u }
// English marker words that the other Latin languages use too ('app', 'so', 'in', 'me').
const SHARED_LATIN = new Set(['app', 'so', 'in', 'an', 'also', 'me', 'do', 'on', 'top', 'super', 'ok', 'no', 'a', 'i', 'e', 'o'])

// Frequent words that exist in only one of the two languages; they decide when the
// distinguishing letters are missing or tied (short comments, surzhyk).
const UK_WORDS = new Set(
  'що це та як але дуже коли було мене мені вже ще нема немає чи якщо щоб від цей ця можу хочу дякую чудово добре погано зручно швидко гарно тому тут теж навіть після досі замовлення кинув почала зовсім був була були буде можна треба також який яка яке які цього нас вас їх будь ласка з до тижня години хвилин гроші'.split(' '),
)
const RU_WORDS = new Set(
  'что это как но очень когда было меня мне уже еще нет или если чтобы от этот эта могу хочу спасибо хорошо плохо удобно быстро красиво поэтому тоже даже после пока заказ всегда сейчас только вообще был была были будет можно надо также который которая пожалуйста деньги лучший сразу всех всяких и с к недели часа минут'.split(' '),
)
// Word endings only one language uses: Russian adjectives in -ая/-ое/-ые, nouns in -ние,
// 3rd person -ит/-ет, genitive plural -ов/-ев; Ukrainian nouns in -ння, instrumental
// -ою, infinitives in -ти.
const RU_ENDING = /(?:ая|яя|ое|ее|ые|ие|ния|нию|ит|ет|ться|ов|ев)$/u
const UK_ENDING = /(?:ння|ою|ею|ти)$/u

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0

/** Cyrillic and Latin letters in one pass (this runs for every comment). */
function scripts(text: string): { cyr: number; lat: number } {
  let cyr = 0
  let lat = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20 // ASCII letters to lowercase
    if (c >= 97 && c <= 122) lat++
    else if (c >= 0x400 && c <= 0x52f) cyr++
    else if (c >= 0xc0 && c <= 0x24f) lat++
  }
  return { cyr, lat }
}

/** 'uk-UA' → 'uk', 'ru_RU' → 'ru', 'ua' → 'uk', 'de-AT' → 'de'. */
export function localeLanguage(locale: string | undefined): string | undefined {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0]
  if (!primary || !/^[a-z]{2,3}$/.test(primary)) return undefined
  if (primary === 'ua' || primary === 'ukr') return 'uk'
  if (primary === 'rus') return 'ru'
  if (primary === 'eng') return 'en'
  return primary
}

/** Tells Russian from Ukrainian in Cyrillic text; surzhyk goes to the side with more own letters. */
function cyrillicLanguage(text: string): Lang {
  const lower = text.toLowerCase()
  let uk = 2 * count(lower, UK_ONLY) + 2 * count(lower, /\p{L}['’ʼ]\p{L}/gu)
  let ru = 2 * count(lower, RU_ONLY)
  for (const w of lower.match(/\p{L}+/gu) ?? []) {
    if (UK_WORDS.has(w)) uk += 2
    if (RU_WORDS.has(w)) ru += 2
    if (w.length > 3 && RU_ENDING.test(w)) ru++
    if (w.length > 3 && UK_ENDING.test(w)) uk++
  }
  if (uk !== ru) return uk > ru ? 'uk' : 'ru'
  const guess = franc(text, { only: ['rus', 'ukr'], minLength: 8 })
  return guess === 'ukr' ? 'uk' : 'ru'
}

/**
 * What the marker words of Latin text say: romanised Russian or Ukrainian, English, or
 * nothing. @example latinMarkers('karta ne prohodit, pishet oshibka') // 'ru'
 */
export function latinMarkers(text: string): Lang | undefined {
  let ru = 0
  let uk = 0
  let en = 0
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (TRANSLIT_RU.has(w)) ru++
    if (TRANSLIT_UK.has(w)) uk++
    if (ENGLISH.has(w)) en++
  }
  if (Math.max(ru, uk) > en) return uk > ru ? 'uk' : 'ru'
  return en > 0 ? 'en' : undefined
}

/**
 * The Latin-script language with a lexicon whose frequent words (and own letters, worth
 * two) the text has most of, with that count; ties are asked of franc among the tied ones.
 * None when English's own words are as many.
 */
function otherLatin(text: string): { lang: string; count: number } | undefined {
  const lower = text.toLowerCase().replace(/\u0307/g, '')
  const counts = new Map<string, number>()
  let english = 0
  for (const raw of lower.match(/\p{L}+/gu) ?? []) {
    const w = foldLatin(raw)
    if (ENGLISH.has(w) && !SHARED_LATIN.has(w)) english++
    for (const lang in LATIN_WORDS) if (LATIN_WORDS[lang].has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  }
  for (const lang in OWN_LETTERS) if (OWN_LETTERS[lang].test(lower)) counts.set(lang, (counts.get(lang) ?? 0) + 2)
  const best = Math.max(0, ...counts.values())
  if (best === 0 || best <= english) return undefined
  const tied = [...counts].filter(([, n]) => n === best).map(([lang]) => lang)
  if (tied.length === 1) return { lang: tied[0], count: best }
  const guess = FRANC_TO_ISO[franc(text, { only: tied.map((l) => ISO_TO_FRANC[l]), minLength: 3 })]
  return { lang: guess && tied.includes(guess) ? guess : tied[0], count: best }
}

/**
 * Romanised Russian/Ukrainian ('karta ne prohodit') or English or another Latin language;
 * romanised Slavic wins a tie with another language's frequent words ('i', 'po', 'z').
 */
function latinLanguage(text: string): string {
  const marked = latinMarkers(text)
  const other = otherLatin(text)
  if (other && ((marked !== 'ru' && marked !== 'uk') || other.count > slavicMarks(text))) return other.lang
  if (marked) return marked
  const guess = franc(text, { minLength: 12 })
  return FRANC_TO_ISO[guess] ?? (guess === 'und' ? 'en' : guess)
}

/** How many romanised Russian/Ukrainian marker words the text has. */
function slavicMarks(text: string): number {
  let n = 0
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (TRANSLIT_RU.has(w) || TRANSLIT_UK.has(w)) n++
  return n
}

const FRANC_TO_ISO: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', pol: 'pl', tur: 'tr',
  nld: 'nl', ces: 'cs', ron: 'ro', hun: 'hu', swe: 'sv', uzn: 'uz', azj: 'az', ind: 'id',
}
const ISO_TO_FRANC: Record<string, string> = Object.fromEntries(Object.entries(FRANC_TO_ISO).map(([f, i]) => [i, f]))

const KANA = /[\u3040-\u30ff]/g
const HAN = /[\u3400-\u9fff]/g
const ARABIC = /[\u0600-\u06ff]/g
const HEBREW = /[\u0590-\u05ff]/g

/** Japanese (by its kana; Chinese characters alone are 'zh'), Arabic or Hebrew letters, with how many. */
function otherScript(text: string): { lang: string; n: number } | undefined {
  const kana = count(text, KANA)
  const han = count(text, HAN)
  const found: [string, number][] = [[kana ? 'ja' : 'zh', kana + han], ['ar', count(text, ARABIC)], ['he', count(text, HEBREW)]]
  const [lang, n] = found.sort((a, b) => b[1] - a[1])[0]
  return n > 0 ? { lang, n } : undefined
}

/** Language from the text alone; 'und' when it has no letters (emoji, digits). */
export function detectLanguage(text: string): string {
  const { cyr, lat } = scripts(text)
  const other = otherScript(text)
  if (other && other.n >= cyr + lat) return other.lang
  if (cyr === 0 && lat === 0) return 'und'
  return cyr >= lat ? cyrillicLanguage(text) : latinLanguage(text)
}

/**
 * The locale wins when the script agrees with it (Russian and Ukrainian may be written in
 * Latin letters, but not with English words; English is not written in Cyrillic);
 * otherwise the text decides.
 * @example resolveLanguage('Доставка супер', 'en-US') // 'ru'
 * @example resolveLanguage('👍', 'uk-UA') // 'uk'
 */
export function resolveLanguage(text: string, locale?: string): string {
  const fromLocale = localeLanguage(locale)
  const { cyr, lat } = scripts(text)
  // Japanese, Arabic or Hebrew letters decide, whatever the locale says.
  const other = otherScript(text)
  if (other && other.n >= cyr + lat) return other.lang
  if (fromLocale && cyr + lat === 0) return fromLocale
  if (fromLocale === 'ru' || fromLocale === 'uk') {
    // Romanised Russian/Ukrainian keeps the locale; plain English under a Slavic locale does not.
    const english = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => ENGLISH.has(w)).length
    return lat > cyr && english >= 2 && latinMarkers(text) === 'en' ? 'en' : fromLocale
  }
  if (fromLocale && cyr <= lat) return fromLocale
  const detected = detectLanguage(text)
  return detected === 'und' && fromLocale ? fromLocale : detected
}
