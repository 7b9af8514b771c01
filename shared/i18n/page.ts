/**
 * The hosted page's own words, for every locale: what it shows once there is nothing (more)
 * to answer. They live apart from `Messages` because only hosted.js needs them: a survey on
 * a customer's page never shows them, so its locale chunks stay small.
 * @module
 */
import type { LocaleCode } from './types'

export interface PageTexts {
  /** The survey has closed. */
  done: string
  /** The link is for a survey this person has already answered. */
  answered: string
}

export const PAGE_TEXTS: Record<LocaleCode, PageTexts> = {
  en: { done: 'Thanks — you can close this page', answered: 'You already answered, thank you' },
  ru: { done: 'Спасибо — эту страницу можно закрыть', answered: 'Вы уже ответили, спасибо' },
  uk: { done: 'Дякуємо — цю сторінку можна закрити', answered: 'Ви вже відповіли, дякуємо' },
  de: { done: 'Danke – Sie können diese Seite jetzt schließen', answered: 'Sie haben bereits geantwortet, danke' },
  fr: { done: 'Merci — vous pouvez fermer cette page', answered: 'Vous avez déjà répondu, merci' },
  es: { done: 'Gracias — ya puedes cerrar esta página', answered: 'Ya respondiste, gracias' },
  pt: { done: 'Obrigado — você já pode fechar esta página', answered: 'Você já respondeu, obrigado' },
  it: { done: 'Grazie — puoi chiudere questa pagina', answered: 'Hai già risposto, grazie' },
  pl: { done: 'Dziękujemy — możesz zamknąć tę stronę', answered: 'Odpowiedź została już udzielona, dziękujemy' },
  tr: { done: 'Teşekkürler — bu sayfayı kapatabilirsiniz', answered: 'Zaten yanıt verdiniz, teşekkürler' },
  ar: { done: 'شكرًا — يمكنك إغلاق هذه الصفحة', answered: 'لقد أجبت بالفعل، شكرًا لك' },
  he: { done: 'תודה — אפשר לסגור את הדף', answered: 'כבר ענית, תודה' },
  ja: { done: 'ありがとうございました。このページは閉じてかまいません', answered: '回答済みです。ありがとうございました' },
}
