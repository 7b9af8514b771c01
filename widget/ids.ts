/**
 * Random ids and the two the widget keeps: a v4 UUID for each response (the idempotency
 * key of an answer) and the visitor's anonymous and session ids, which live in storage
 * when it works and in memory when it is missing or throws.
 * @module
 */

/**
 * A v4 UUID. `crypto.randomUUID` only exists in secure contexts; plain-http pages and
 * some webviews get one made from `getRandomValues`.
 */
export const uuid = (c: Crypto = crypto): string =>
  c.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (d) => (+d ^ (c.getRandomValues(new Uint8Array(1))[0] & (15 >> (+d / 4)))).toString(16))

/** 128 random bits, as digits and dashes: an anonymous or session id. */
export const randomId = () => crypto.getRandomValues(new Uint32Array(4)).join('-')

/**
 * The id stored under `key`, made and stored on first use (or when `fresh`). `store` is a
 * function so that a getter that throws (sandboxed iframe, storage disabled) is caught
 * here too; the caller keeps the returned id in memory for the rest of the page's life.
 * @example keep(() => localStorage, 'tp_aid') // "3b2c…", the same on every visit
 */
export function keep(store: () => Storage, key: string, fresh?: unknown): string {
  let id = randomId()
  try {
    id = (!fresh && store().getItem(key)) || id
    store().setItem(key, id)
  } catch {}
  return id
}
