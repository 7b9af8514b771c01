/**
 * Which addresses an outgoing webhook may reach. Loopback, private, link-local, cloud
 * metadata and other non-public ranges are refused unless the operator allows them
 * (tests and on-premise receivers need loopback). Pure: resolution happens in the
 * runtime (node:dns on Node; on Workers only IP-literal hosts can be checked here).
 * @module
 */

export type AddressClass = 'public' | 'loopback' | 'private' | 'link_local' | 'metadata' | 'unspecified' | 'multicast' | 'reserved' | 'invalid'

function v4(ip: string): number[] | null {
  const parts = ip.split('.')
  if (parts.length !== 4) return null
  const n = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN))
  return n.every((x) => x >= 0 && x <= 255) ? n : null
}

function classify4([a, b, c, d]: number[]): AddressClass {
  if (a === 169 && b === 254 && c === 169 && d === 254) return 'metadata'
  if (a === 100 && b === 100 && c === 100 && d === 200) return 'metadata' // Alibaba Cloud
  if (a === 0) return 'unspecified'
  if (a === 127) return 'loopback'
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private'
  if (a === 100 && b >= 64 && b <= 127) return 'private' // carrier-grade NAT
  if (a === 169 && b === 254) return 'link_local'
  if (a >= 224 && a <= 239) return 'multicast'
  if (a >= 240 || (a === 192 && b === 0 && c === 0) || (a === 198 && (b === 18 || b === 19))) return 'reserved'
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'reserved'
  return 'public'
}

/** Eight 16-bit groups, or null. Accepts `::` and an embedded IPv4 tail. */
function v6(ip: string): number[] | null {
  let s = ip.toLowerCase()
  const zone = s.indexOf('%')
  if (zone >= 0) s = s.slice(0, zone)
  let tail: number[] = []
  const lastColon = s.lastIndexOf(':')
  if (s.slice(lastColon + 1).includes('.')) {
    const four = v4(s.slice(lastColon + 1))
    if (!four) return null
    tail = [(four[0] << 8) | four[1], (four[2] << 8) | four[3]]
    s = s.slice(0, lastColon + 1) + (s.endsWith('::' + s.slice(lastColon + 1)) ? '' : '0')
    if (s.endsWith(':0')) s = s.slice(0, -2) + ':'
    if (s.endsWith(':') && !s.endsWith('::')) s = s.slice(0, -1)
  }
  const halves = s.split('::')
  if (halves.length > 2) return null
  const parse = (h: string) => (h === '' ? [] : h.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)))
  const head = parse(halves[0])
  const rest = halves.length === 2 ? parse(halves[1]) : []
  const groups = halves.length === 2 ? [...head, ...Array(8 - tail.length - head.length - rest.length).fill(0), ...rest, ...tail] : [...head, ...tail]
  if (groups.length !== 8 || groups.some((g) => !Number.isFinite(g) || g < 0)) return null
  return groups
}

function classify6(g: number[]): AddressClass {
  const zeroes = (n: number) => g.slice(0, n).every((x) => x === 0)
  if (zeroes(8)) return 'unspecified'
  if (zeroes(7) && g[7] === 1) return 'loopback'
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d): judge the IPv4 inside.
  if ((zeroes(5) && g[5] === 0xffff) || (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0))) {
    return classify4([g[6] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255])
  }
  if (g[0] === 0xfd00 && g[1] === 0x0ec2 && g.slice(2, 7).every((x) => x === 0) && g[7] === 0x254) return 'metadata' // AWS IMDS over IPv6
  if ((g[0] & 0xfe00) === 0xfc00) return 'private' // unique local fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return 'link_local'
  if ((g[0] & 0xff00) === 0xff00) return 'multicast'
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'reserved' // documentation
  if (zeroes(6)) return 'reserved' // deprecated IPv4-compatible
  return 'public'
}

/** @example classifyAddress('10.1.2.3') // 'private'; classifyAddress('::ffff:127.0.0.1') // 'loopback' */
export function classifyAddress(ip: string): AddressClass {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip
  const four = v4(bare)
  if (four) return classify4(four)
  const six = bare.includes(':') ? v6(bare) : null
  return six ? classify6(six) : 'invalid'
}

/** True when a host name is an IP literal (so it can be judged without DNS). */
export const isIpLiteral = (host: string) => classifyAddress(host) !== 'invalid'

/** Whether a webhook may be sent to this address. */
export function addressAllowed(ip: string, allowPrivate: boolean): boolean {
  const c = classifyAddress(ip)
  if (c === 'public') return true
  return allowPrivate && c !== 'invalid'
}

/** An endpoint URL the API accepts: http(s), no credentials; plain http only where private targets are allowed. */
export function endpointUrlProblem(raw: string, allowPrivate: boolean): string | null {
  let u: URL
  try {
    u = new URL(raw)
  } catch {
    return 'not a URL'
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'must be http(s)'
  if (u.protocol === 'http:' && !allowPrivate) return 'must be https'
  if (u.username || u.password) return 'must not carry credentials'
  const host = u.hostname
  if (isIpLiteral(host) && !addressAllowed(host, allowPrivate)) return `refused address (${classifyAddress(host)})`
  if (!allowPrivate && /(^|\.)(localhost|local|internal|localdomain)$/i.test(host)) return 'refused host name'
  return null
}
