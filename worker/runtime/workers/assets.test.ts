import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { DASHBOARD_CSP, PREVIEW_CSP } from '../../http/dashboard-headers'
import { assembleAssets } from './assets'

it('the Workers assets hold the widget at the root and the dashboard at /app/, with the dashboard headers', () => {
  const dist = mkdtempSync(join(tmpdir(), 'tenpoint-assets-'))
  try {
    mkdirSync(join(dist, 'widget', 'assets'), { recursive: true })
    mkdirSync(join(dist, 'app', 'assets'), { recursive: true })
    writeFileSync(join(dist, 'widget', 'tenpoint.js'), 'loader')
    writeFileSync(join(dist, 'widget', '_headers'), '/tenpoint.js\n  Access-Control-Allow-Origin: *\n')
    writeFileSync(join(dist, 'app', 'index.html'), '<!doctype html>')
    writeFileSync(join(dist, 'app', 'assets', 'index-x.js'), 'app')
    const out = assembleAssets(dist)
    expect(readFileSync(join(out, 'tenpoint.js'), 'utf8')).toBe('loader')
    expect(readFileSync(join(out, 'app', 'index.html'), 'utf8')).toBe('<!doctype html>')
    expect(readFileSync(join(out, 'app', 'assets', 'index-x.js'), 'utf8')).toBe('app')
    const headers = readFileSync(join(out, '_headers'), 'utf8')
    expect(headers).toContain('/tenpoint.js\n  Access-Control-Allow-Origin: *')
    expect(headers).toContain(`/app/*\n  Content-Security-Policy: ${DASHBOARD_CSP}`)
    expect(headers).toMatch(/\/app\/assets\/\*\n  Cache-Control: public, max-age=31536000, immutable/)
    // The survey preview alone may be framed, by the dashboard only: the /app/* CSP detached, its own instead.
    expect(headers).toContain(`/app/preview.html\n  ! Content-Security-Policy\n  Content-Security-Policy: ${PREVIEW_CSP}`)
    expect(PREVIEW_CSP).toContain("frame-ancestors 'self'")
    expect(DASHBOARD_CSP).toContain("frame-ancestors 'none'")
    // Run twice: the same result, nothing appended twice.
    assembleAssets(dist)
    expect(readFileSync(join(out, '_headers'), 'utf8')).toBe(headers)
  } finally {
    rmSync(dist, { recursive: true, force: true })
  }
})
