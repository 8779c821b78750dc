/**
 * External mode against HTTP servers this test starts on 127.0.0.1: 200, 404,
 * 500 then 200 (our retry), 429 with `retry-after` then 200, 500 for ever,
 * 429 asking for an hour, and a server that accepts connections and never
 * answers (the timeout); redirects to loopback and skipped URLs (refused), and
 * a 64 MiB body (not read). Each doc set is written with the servers' ports;
 * the servers count every request, so the test also proves what is not asked.
 * No other address is ever contacted: the reserved ranges are tested on
 * address literals, which `redirectRefusal` judges without a request.
 */
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkLinks} from './check.ts'
import {checkConfig} from './config.ts'
import {isReservedAddress, redirectRefusal} from './guard.ts'

const requests: string[] = []
const sockets = new Set<net.Socket>()
let connections = 0
let web: http.Server
let silent: net.Server
let webOrigin = ''
let silentOrigin = ''
let hugeBytesSent = 0
const hugeBody = 64 * 1024 * 1024

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
  else if (route === '/to-loopback') response.writeHead(302, {location: `${webOrigin}/secret`}).end()
  else if (route === '/to-localhost') response.writeHead(301, {location: webOrigin.replace('127.0.0.1', 'localhost') + '/secret'}).end()
  else if (route === '/to-skipped') response.writeHead(307, {location: `${webOrigin}/skipped`}).end()
  else if (route === '/flaky-then-skipped') {
    if (seen <= 2) response.writeHead(503).end()
    else response.writeHead(302, {location: `${webOrigin}/skipped-later`}).end()
  } else if (route === '/huge') {
    if (request.method === 'HEAD') response.writeHead(405).end()
    else streamHuge(response)
  } else response.writeHead(404).end()
}

/** 64 MiB of HTML, counting what the client actually took. */
function streamHuge(response: http.ServerResponse): void {
  response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-length': String(hugeBody)})
  const chunk = Buffer.alloc(64 * 1024, 'a')
  let sent = 0
  const pump = () => {
    while (sent < hugeBody) {
      sent += chunk.length
      const more = response.write(chunk, (error) => {
        if (!error) hugeBytesSent += chunk.length
      })
      if (!more) {
        response.once('drain', pump)
        return
      }
    }
    response.end()
  }
  response.on('close', () => response.removeAllListeners('drain'))
  pump()
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

  it('item 8: refuses redirects to loopback and to skipped URLs, in the first pass and in the retries', async () => {
    const folder = docSet(
      [
        '# 重定向',
        '',
        `- [loopback](${webOrigin}/to-loopback)`,
        `- [localhost](${webOrigin}/to-localhost)`,
        `- [skipped](${webOrigin}/to-skipped)`,
        `- [retried](${webOrigin}/flaky-then-skipped)`,
        '',
      ].join('\n'),
    )
    requests.length = 0
    const result = await checkLinks({folder, external: true, config: checkConfig({skip: ['/skipped'], timeout: 2000, retries: 2, retryDelay: 10}, 'test')})
    expect(result.broken.map((finding) => `${finding.line}:${finding.column} ${new URL(finding.target).pathname} ${finding.reason.replace(/:\d+/, ':port')}`)).toEqual([
      '3:3 /to-loopback redirect to a loopback, link-local or private address refused (127.0.0.1:port)',
      '4:3 /to-localhost redirect to a loopback address refused (localhost:port)',
      '5:3 /to-skipped redirect to a skipped URL refused (http://127.0.0.1:port/skipped)',
      '6:3 /flaky-then-skipped redirect to a skipped URL refused (http://127.0.0.1:port/skipped-later)',
    ])
    expect(requests.filter((entry) => /secret|skipped/.test(entry.split(' ')[1] ?? '') && !entry.includes('to-skipped') && !entry.includes('then-skipped'))).toEqual([])
  })

  it('item 8: reads no response body (a 64 MiB page costs the socket buffers, not the body)', async () => {
    const folder = docSet(`# 大页面\n\n[huge](${webOrigin}/huge)\n`)
    hugeBytesSent = 0
    const result = await checkLinks({folder, external: true, config})
    expect(result.broken).toEqual([])
    expect(hugeBytesSent).toBeLessThan(16 * 1024 * 1024)
  })

  it('item 8: classes loopback, link-local, private and reserved addresses, and refuses them without a request', async () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '169.254.169.254', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe']) {
      expect([address, isReservedAddress(address)]).toEqual([address, true])
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect([address, isReservedAddress(address)]).toEqual([address, false])
    }
    expect(await redirectRefusal('http://169.254.169.254/latest/meta-data/', [])).toBe('redirect to a loopback, link-local or private address refused (169.254.169.254)')
    expect(await redirectRefusal('http://[::ffff:169.254.169.254]/', [])).toMatch(/^redirect to a loopback, link-local or private address refused/)
    expect(await redirectRefusal('http://app.localhost:8080/', [])).toBe('redirect to a loopback address refused (app.localhost:8080)')
    expect(await redirectRefusal('file:///etc/passwd', [])).toBe('redirect to a file: URL refused')
    expect(await redirectRefusal('https://203.0.113.9/', [/^https:\/\/203\./])).toBe('redirect to a skipped URL refused (https://203.0.113.9/)')
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
