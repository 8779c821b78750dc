/**
 * What the site's tests share: the built site (made once per run by turbo's
 * `build` before `test`), a static server for it on 127.0.0.1, and Debian's
 * Chromium driven by playwright-core (never a downloaded browser).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import sirv from 'sirv'

export const siteRoot = path.resolve(import.meta.dirname, '..')
export const distDir = path.join(siteRoot, '.vitepress/dist')
/** Where the browser test writes its screenshots, for a reviewer to look at. */
export const screenshotDir = path.join(siteRoot, '.screenshots')
export const chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium'

/** Fail with the command to run when the site has not been built. */
export function assertBuilt(): void {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`Unexpected missing build in ${distDir}, expected the built site: run \`pnpm site:build\` (turbo builds it before \`pnpm test\`)`)
  }
}

/** Serve the built site on a free port of 127.0.0.1; resolves to its origin and a close function. */
export async function serveSite(): Promise<{origin: string; close: () => Promise<void>}> {
  const handler = sirv(distDir, {dev: false, etag: false, extensions: ['html']})
  const server = http.createServer((request, response) => handler(request, response, () => {
    response.statusCode = 404
    response.end(fs.readFileSync(path.join(distDir, '404.html')))
  }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as {port: number}
  return {origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve()))}
}

/**
 * Headless Chromium; playwright gives each launch a fresh temporary profile.
 * The flags keep it off Google's hosts, which this network refuses.
 */
export async function launchChromium(): Promise<{browser: Browser; close: () => Promise<void>}> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Unexpected missing browser at ${chromiumPath}, expected Debian's Chromium: \`apt-get install -y chromium\` (.ci/run does it), or set CHROMIUM_PATH`)
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  })
  return {browser, close: () => browser.close()}
}
