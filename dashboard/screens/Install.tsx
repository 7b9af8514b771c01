/**
 * Install: the tag and the webview snippets filled with this project's public key and
 * this server's address, the user-hash recipe for the backend, a test event through the
 * public API (stored flagged `preview`, never counted), and where the tag has been seen.
 * Loaded on first use.
 */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api'
import { useApp } from '../context'

interface Seen {
  origin: string
  last_seen_at: number
}

/** HMAC-SHA256 of the user id (UTF-8) under the project's secret key, hex — what worker/respondents.ts checkIdentity verifies. */
export const RECIPES: [id: string, name: string, code: string][] = [
  [
    'node',
    'Node.js',
    `const { createHmac } = require('node:crypto')

// The user id exactly as the page passes it to identify (or the hosted link's user_id).
function tenpointUserHash(userId) {
  return createHmac('sha256', process.env.TENPOINT_SECRET_KEY).update(userId, 'utf8').digest('hex')
}`,
  ],
  [
    'python',
    'Python',
    `import hashlib, hmac, os

def tenpoint_user_hash(user_id: str) -> str:
    key = os.environ["TENPOINT_SECRET_KEY"].encode()
    return hmac.new(key, user_id.encode("utf-8"), hashlib.sha256).hexdigest()`,
  ],
  [
    'ruby',
    'Ruby',
    `require "openssl"

def tenpoint_user_hash(user_id)
  OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("TENPOINT_SECRET_KEY"), user_id.to_s)
end`,
  ],
  [
    'php',
    'PHP',
    `function tenpoint_user_hash(string $userId): string {
    return hash_hmac('sha256', $userId, getenv('TENPOINT_SECRET_KEY'));
}`,
  ],
  [
    'go',
    'Go',
    `import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
)

func TenpointUserHash(userID string) string {
	mac := hmac.New(sha256.New, []byte(os.Getenv("TENPOINT_SECRET_KEY")))
	mac.Write([]byte(userID))
	return hex.EncodeToString(mac.Sum(nil))
}`,
  ],
]

function snippets(host: string, key: string) {
  const link = `${host}/hosted.html?key=${key}&user_id=USER_ID&user_hash=USER_HASH&event=Order_Delivered&order_id=ORDER_ID&channel=webview`
  return {
    tag: `<script async src="${host}/tenpoint.js" data-key="${key}"></script>`,
    calls: `<script>
  window.tenpoint = window.tenpoint || function () { (tenpoint.q = tenpoint.q || []).push(arguments) }
  tenpoint('identify', { user_id: 'u_42', user_hash: '<from your backend>', traits: { segment: 'VIP' } })
  tenpoint('track', 'Order_Delivered', { order_id: 'ord_1001' })
</script>`,
    link,
    native: [
      [
        'react-native',
        'React Native (react-native-webview)',
        `const surveyUrl = \`${host}/hosted.html?key=${key}&user_id=\${userId}&user_hash=\${userHash}&event=Order_Delivered&order_id=\${orderId}&channel=webview\`

<WebView source={{ uri: surveyUrl }} onMessage={(e) => {
  const m = JSON.parse(e.nativeEvent.data)
  if (m.source === 'tenpoint' && m.v === 1 && m.type === 'closed') navigation.goBack()
}} />`,
      ],
      [
        'ios',
        'iOS (WKWebView)',
        `let config = WKWebViewConfiguration()
config.userContentController.add(self, name: "tenpoint")
let webView = WKWebView(frame: .zero, configuration: config)
webView.load(URLRequest(url: URL(string: "${link}")!))

// WKScriptMessageHandler
func userContentController(_ c: WKUserContentController, didReceive message: WKScriptMessage) {
  guard let m = message.body as? [String: Any], m["v"] as? Int == 1 else { return }
  if m["type"] as? String == "closed" { dismiss(animated: true) }
}`,
      ],
      [
        'android',
        'Android (WebView)',
        `webView.settings.javaScriptEnabled = true
webView.addJavascriptInterface(object {
  @JavascriptInterface fun postMessage(json: String) {
    val m = JSONObject(json)
    if (m.optInt("v") == 1 && m.optString("type") == "closed") runOnUiThread { finish() }
  }
}, "TenpointAndroid")
webView.loadUrl("${link}")`,
      ],
    ] as [string, string, string][],
  }
}

function Code({ id, code }: { id: string; code: string }) {
  return (
    <pre class="code" data-testid={id}>
      {code}
    </pre>
  )
}

/** "Send a test event": a preview through the public API, as the tag would; stored flagged preview, never counted. */
function TestEvent({ publicKey, onDone }: { publicKey: string; onDone: () => void }) {
  const { t, date } = useApp()
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const send = async () => {
    setBusy(true)
    setState(null)
    try {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${publicKey}` }
      const anonymous_id = `tenpoint-test-${crypto.randomUUID()}`
      const el = await fetch('/v1/eligibility', { method: 'POST', headers, body: JSON.stringify({ anonymous_id, preview: true, channel: 'web' }) })
      const d = await el.json()
      if (!el.ok) throw new Error(d.detail)
      if (!d.show) return setState({ ok: false, text: t.testNoSurvey })
      const id = crypto.randomUUID()
      const r = await fetch('/v1/responses', { method: 'POST', headers, body: JSON.stringify({ id, survey_id: d.survey.id, token: d.display.token, score: 10, anonymous_id }) })
      if (r.status !== 201 && r.status !== 200) throw new Error(String(r.status))
      // Read back through the secret side: what was stored, and when.
      const a = await api<{ created_at: number; counted: boolean; flags: string[] }>(`/v1/answers/${id}`)
      setState({ ok: true, text: t.testReceived(date(a.created_at), a.flags.join(', ')) })
      onDone()
    } catch {
      setState({ ok: false, text: t.failed })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div class="card stack">
      <h2>{t.testEvent}</h2>
      <p class="muted">{t.testEventHint}</p>
      <button type="button" class="small" onClick={send} disabled={busy}>
        {t.testEvent}
      </button>
      {state && (
        <p role={state.ok ? 'status' : 'alert'} class={state.ok ? 'ok' : 'error'} data-testid="test-event">
          {state.text}
        </p>
      )}
    </div>
  )
}

function SeenList({ list, reload }: { list: Seen[] | null; reload: () => void }) {
  const { t, date } = useApp()
  return (
    <div class="card stack">
      <div class="row">
        <h2>{t.stSeen}</h2>
        <button type="button" class="secondary small" onClick={reload}>
          {t.stRefresh}
        </button>
      </div>
      <p class="muted">{t.seenHint}</p>
      {list === null ? (
        <p>{t.loading}</p>
      ) : list.length === 0 ? (
        <p data-testid="not-seen">{t.notSeen}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.stOrigin}</th>
              <th scope="col">{t.stLastSeen}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.origin} data-testid="seen">
                <td>{s.origin === '' ? t.noOrigin : s.origin === location.origin ? `${s.origin} (${t.thisServer})` : s.origin}</td>
                <td>{date(s.last_seen_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

export function Install() {
  const { t } = useApp()
  const [key, setKey] = useState('')
  const [seen, setSeen] = useState<Seen[] | null>(null)
  const loadSeen = () => api<{ origins: Seen[] }>('/v1/install/seen').then((r) => setSeen(r.origins), () => setSeen([]))
  useEffect(() => {
    void api<{ public_key: string }>('/v1/project').then((p) => setKey(p.public_key))
    void loadSeen()
  }, [])
  const s = snippets(location.origin, key)
  return (
    <section class="stack">
      <h1>{t.install}</h1>
      <div class="card stack">
        <h2>{t.installWeb}</h2>
        <p>{t.installHint}</p>
        <pre class="code" data-testid="tag">{key ? s.tag : t.loading}</pre>
        <p>{t.installTrack}</p>
        <Code id="calls" code={s.calls} />
      </div>
      <div class="card stack">
        <h2>{t.installWebview}</h2>
        <p>{t.webviewHint}</p>
        <Code id="hosted-link" code={key ? s.link : t.loading} />
        {s.native.map(([id, name, code]) => (
          <div key={id} class="stack">
            <h3>{name}</h3>
            <Code id={`snippet-${id}`} code={key ? code : t.loading} />
          </div>
        ))}
      </div>
      <div class="card stack">
        <h2>{t.userHash}</h2>
        <p>{t.userHashHint}</p>
        {RECIPES.map(([id, name, code]) => (
          <div key={id} class="stack">
            <h3>{name}</h3>
            <Code id={`recipe-${id}`} code={code} />
          </div>
        ))}
      </div>
      {key && <TestEvent publicKey={key} onDone={loadSeen} />}
      <SeenList list={seen} reload={loadSeen} />
    </section>
  )
}
