/**
 * The offline queue at work: answers, comments and dismissals are written to
 * localStorage (memory when storage is missing or throws) before they are sent, tried
 * again with the same body until the server takes them, and sent with keepalive when
 * the page goes away. Shared by the survey UI, the hosted page and the loader (which
 * imports it on load only when something is waiting).
 * @module
 */
import { add, drop, due, expired, KEY, nextWake, settle, type Item, type Outcome } from './queue'
import type { Emit } from './types'

/** The queue in memory, once storage has failed us (missing, throwing, full); null while it works. */
let mem: Item[] | null = null
let timer: ReturnType<typeof setTimeout> | undefined
const inflight = new Set<string>()
let emit: Emit = () => {}

/**
 * Sends what earlier pages left behind, at once: a page view is the natural moment to try
 * again (pages are often gone before a backoff timer fires). Given-up items are reported
 * through `e` (the page's `on('error')`; the last caller wins).
 */
export function resume(e: Emit) {
  emit = e
  flush(true)
}

// Read before every change, so items other tabs added or sent are seen (a second send of
// the same item is harmless: the server treats the same id as a replay).
function read(): Item[] {
  if (!mem) {
    try {
      return JSON.parse(localStorage.getItem(KEY) || '[]') as Item[]
    } catch {
      mem = []
    }
  }
  return mem
}

function write(items: Item[]) {
  if (!mem) {
    try {
      return items.length ? localStorage.setItem(KEY, JSON.stringify(items)) : localStorage.removeItem(KEY)
    } catch {}
  }
  mem = items
}

/** Queues a request and tries it at once. */
export function send(x: Pick<Item, 'id' | 'url' | 'method' | 'body' | 'after'>) {
  const now = Date.now()
  write(add(read(), { ...x, tries: 0, at: now, created: now }))
  flush()
}

/**
 * Sends what is due. `force` ignores the backoff clock (back online, page hiding) and
 * `keepalive` lets the requests outlive the page; blocked comments still wait for their answer.
 */
export function flush(force = false, keepalive = false) {
  const now = Date.now()
  const old = expired(read(), now)
  if (old.length) {
    const d = drop(read(), old)
    write(d.items)
    report(d.dropped, 0)
  }
  for (const x of due(read(), now, keepalive ? new Set() : inflight, force)) {
    inflight.add(x.id)
    fetch(x.url, { method: x.method, headers: { 'content-type': 'application/json' }, body: x.body, keepalive })
      .then(
        async (r): Promise<Outcome & { detail?: string }> => ({
          status: r.status,
          retryAfter: r.headers.get('retry-after'),
          detail: r.ok ? undefined : await r.json().then((p: { detail?: string }) => p.detail, () => undefined),
        }),
        (): Outcome & { detail?: string } => ({ status: 0 }),
      )
      .then((o) => {
        inflight.delete(x.id)
        const s = settle(read(), x.id, o, Date.now())
        write(s.items)
        report(s.dropped, o.status, o.detail)
        flush()
      })
  }
  wake()
}

/** Reports given-up items as `error` `{status (0: expired unsent), detail?, item}`. */
function report(dropped: Item[], status: number, detail?: string) {
  for (const d of dropped) emit('error', { status, detail, item: d.id })
}

function wake() {
  clearTimeout(timer)
  const ms = nextWake(read(), Date.now(), inflight)
  if (ms >= 0) timer = setTimeout(flush, ms)
}

addEventListener('online', () => flush(true))
addEventListener('pagehide', () => flush(true, true))
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush(true, true))
