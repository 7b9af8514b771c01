// Before the browser tests: make sure Debian's Chromium is there. As root with apt (these
// machines, CI), install it; otherwise say how. The browser suite itself fails under
// CI=true without it and skips elsewhere.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (!existsSync('/usr/bin/chromium') && !process.env.TENPOINT_SKIP_BROWSER_INSTALL) {
  const root = process.getuid?.() === 0
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('tenpoint: installing Debian chromium for the browser tests (apt-get)…')
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core', { stdio: 'inherit' })
  } else {
    console.log('tenpoint: /usr/bin/chromium not found; browser tests will be skipped (install Debian package "chromium" to run them).')
  }
}
