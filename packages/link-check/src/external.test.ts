/**
 * External mode against HTTP servers this test starts on 127.0.0.1: 200, 404,
 * 500 then 200 (our retry), 429 with `retry-after` then 200, 500 for ever,
 * 429 asking for an hour, and a server that accepts connections and never
 * answers (the timeout). Each doc set is written with the servers' ports;
 * the servers count every request, so the test also proves what is not asked.
 */
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkLinks} from './check.ts'
import {checkConfig} from './config.ts'

const requests: string[] = []
const sockets = new Set<net.Socket>()
let connections = 0
let web: http.Server
let silent: net.Server
let webOrigin = ''
let silentOrigin = ''

/** Answers per path; `flaky` and `busy` fail for their first two requests (linkinator's HEAD and GET). */
function answer(request: http.IncomingMessage, response: http.ServerResponse): void {
  const route = new URL(request.url ?? '/', 'http://x').pathname
  requests.push(`${request.method} ${route}`)
  const seen = requests.filter((entry) => entry.endsWith(` ${route}`)).length
  if (route === '/ok') response.writeHead(200, {'content-type': 'text/plain'}).end('ok')
  else if (route === '/flaky') response.writeHead(seen <= 2 ? 500 : 200).end()
  else if (route === '/busy') response.writeHead(seen <= 2 ? 429 : 200, seen <= 2 ? {'retry-after': '1'} : {}).end()
  else if (route === '/down') response.writeHead(503).end()
  else if (route === '/hour') response.writeHead(429, {'retry-after': '3600'}).end()
  else response.writeHead(404).end()
}

/** Write a doc set with `markdown` as README.md and a config; return its folder. */
function docSet(markdown: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-external-'))
  fs.writeFileSync(path.join(folder, 'README.md'), markdown)
  return folder
}

const config = checkConfig({skip: ['/skipped'], concurrency: 4, timeout: 1000, retries: 2, retryDelay: 20, maxRetryDelay: 5000}, 'test')

beforeAll(async () => {
  web = http.createServer(answer).on('connection', () => connections++)
  silent = net.createServer((socket) => {
    connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await Promise.all([new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve)), new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))])
  webOrigin = `http://127.0.0.1:${(web.address() as net.AddressInfo).port}`
  silentOrigin = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`
})

afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  web.closeAllConnections()
  await Promise.all([new Promise((resolve) => web.close(resolve)), new Promise((resolve) => silent.close(resolve))])
})

describe('external mode', () => {
  it('reports 404, lasting 5xx, over-long retry-after and timeouts; retries 500 and 429 into success; honours the skip list', async () => {
    const folder = docSet(
      [
        '# 外部链接',
        '',
        `- [ok](${webOrigin}/ok) and [ok again](${webOrigin}/ok#section)`,
        `- [missing](${webOrigin}/missing)`,
        `- [flaky](${webOrigin}/flaky)`,
        `- [busy](${webOrigin}/busy)`,
        `- [down](${webOrigin}/down)`,
        `- [hour](${webOrigin}/hour)`,
        `- [silent](${silentOrigin}/never)`,
        `- [skipped](${webOrigin}/skipped)`,
        '',
      ].join('\n'),
    )
    requests.length = 0
    const retries: string[] = []
    const result = await checkLinks({folder, external: true, config, onRetry: (url, status) => retries.push(`${new URL(url).pathname} ${status}`)})
    expect(result.broken.map((finding) => `${finding.line}:${finding.column} ${new URL(finding.target).pathname} ${finding.reason}`)).toEqual([
      '4:3 /missing 404',
      '7:3 /down 503 after 2 retries',
      '8:3 /hour 429, retry-after 3600 s is longer than maxRetryDelay',
      '9:3 /never timeout',
    ])
    expect(result.links).toEqual({total: 9, local: 0, external: 9, skipped: 1})
    expect(retries.sort()).toEqual(['/busy 429', '/down 503', '/down 503', '/flaky 500'])
    // Bounded: linkinator's HEAD and GET, then our retries; the skip list is never asked.
    const count = (route: string) => requests.filter((entry) => entry.endsWith(` ${route}`)).length
    expect({ok: count('/ok'), flaky: count('/flaky'), busy: count('/busy'), down: count('/down'), hour: count('/hour'), skipped: count('/skipped')}).toEqual({
      ok: 1,
      flaky: 3,
      busy: 3,
      down: 4,
      hour: 2,
      skipped: 0,
    })
  })

  it('requests nothing offline', async () => {
    const folder = docSet(`# 离线\n\n[ok](${webOrigin}/ok) [silent](${silentOrigin}/never)\n`)
    requests.length = 0
    connections = 0
    const result = await checkLinks({folder, config})
    expect(result.broken).toEqual([])
    expect(result.links).toEqual({total: 2, local: 0, external: 2, skipped: 2})
    expect(requests).toEqual([])
    expect(connections).toBe(0)
  })
})
