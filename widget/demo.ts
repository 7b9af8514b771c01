/**
 * demo.js: the Demo Shop page's own script. It pastes the Tenpoint snippet the way a
 * customer would — the queue stub, then `<script async src="tenpoint.js" data-key>` with
 * the key from this page's `?key=` (keys are random per install) — and wires the buttons.
 * @module
 */
type Tenpoint = ((...a: unknown[]) => void) & { q?: unknown[] }
const w = window as unknown as { tenpoint: Tenpoint }

// The stub: calls made before tenpoint.js arrives are queued and replayed by it.
w.tenpoint =
  w.tenpoint ||
  function (...a: unknown[]) {
    ;(w.tenpoint.q = w.tenpoint.q || []).push(a)
  }

const q = new URLSearchParams(location.search)
const s = document.createElement('script')
s.async = true
s.src = new URL('tenpoint.js', location.href).href
s.dataset.key = q.get('key') ?? ''
if (q.get('locale')) s.dataset.locale = q.get('locale')!
if (q.has('debug')) s.dataset.debug = ''
document.head.append(s)

const log = document.getElementById('log')!
const note = (text: string) => {
  const li = document.createElement('li')
  li.textContent = `${new Date().toLocaleTimeString()} — ${text}`
  log.prepend(li)
}
for (const type of ['shown', 'answered', 'commented', 'closed', 'error']) {
  w.tenpoint('on', type, (d: unknown) => note(`${type} ${JSON.stringify(d)}`))
}

const newOrder = () => 'ord_' + Math.random().toString(36).slice(2, 10)
let order = newOrder()
document.getElementById('order-id')!.textContent = order

document.getElementById('deliver')!.addEventListener('click', () => {
  order = newOrder()
  document.getElementById('order-id')!.textContent = order
  note(`track Order_Delivered ${order}`)
  w.tenpoint('track', 'Order_Delivered', { order_id: order })
})
document.getElementById('reset')!.addEventListener('click', () => {
  w.tenpoint('reset')
  note('reset: a new anonymous visitor')
})
