/**
 * Where an external check may go. A link is requested as written, but a
 * redirect is followed only to a public address that is not on the skip list:
 * never to loopback (`127.0.0.1`, `localhost`, `::1`), link-local (the cloud
 * metadata address `169.254.169.254`), private or otherwise reserved ranges,
 * whether the `Location` names the address or a host name that resolves to
 * one. And no response body is ever read: a status is all a link check needs.
 */
import dns from 'node:dns/promises'
import net from 'node:net'

/** Reserved ranges: loopback, link-local, private, shared, unspecified, multicast, documentation, benchmarking. */
const reserved = new net.BlockList()
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  reserved.addSubnet(address, prefix, 'ipv4')
}
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
] as const) {
  reserved.addSubnet(address, prefix, 'ipv6')
}

/** Whether an IP address is in a loopback, link-local, private or reserved range (IPv4-mapped IPv6 included). */
export function isReservedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped) return isReservedAddress(mapped)
  const family = net.isIP(address)
  if (family === 4) return reserved.check(address, 'ipv4')
  if (family === 6) {
    // `::ffff:7f00:1` is 127.0.0.1 written in hex.
    const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address)
    if (hex) {
      const high = Number.parseInt(hex[1] ?? '0', 16)
      const low = Number.parseInt(hex[2] ?? '0', 16)
      return isReservedAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`)
    }
    return reserved.check(address, 'ipv6')
  }
  return false
}

/** Why a redirect to `href` is refused, or `undefined` when it may be followed. */
export async function redirectRefusal(href: string, skip: readonly RegExp[]): Promise<string | undefined> {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return 'redirect to an invalid URL refused'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `redirect to a ${url.protocol} URL refused`
  if (skip.some((pattern) => pattern.test(url.href))) return `redirect to a skipped URL refused (${url.href})`
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (net.isIP(host)) return isReservedAddress(host) ? `redirect to a loopback, link-local or private address refused (${url.host})` : undefined
  if (host === 'localhost' || host.endsWith('.localhost')) return `redirect to a loopback address refused (${url.host})`
  let addresses: {address: string}[]
  try {
    addresses = await dns.lookup(host, {all: true, verbatim: true})
  } catch {
    // A host that does not resolve cannot be reached either; the request reports it.
    return undefined
  }
  return addresses.some(({address}) => isReservedAddress(address)) ? `redirect to a loopback, link-local or private address refused (${url.host})` : undefined
}

/** The outcome of a guarded request: a status, or a refused redirect, or no response. */
export type GuardedResponse =
  | {readonly kind: 'response'; readonly status: number; readonly retryAfter: string | undefined}
  | {readonly kind: 'refused'; readonly reason: string}
  | {readonly kind: 'failed'; readonly reason: string}

const redirectStatuses = new Set([301, 302, 303, 307, 308])
const maxRedirects = 10

/**
 * One request with redirects followed by hand: each `Location` goes through
 * `redirectRefusal` before it is requested. Bodies are cancelled unread.
 */
export async function guardedRequest(method: 'HEAD' | 'GET', href: string, options: {readonly timeout: number; readonly skip: readonly RegExp[]}): Promise<GuardedResponse> {
  const signal = AbortSignal.timeout(options.timeout)
  let current = href
  for (let hop = 0; ; hop++) {
    let response: Response
    try {
      response = await fetch(current, {method, redirect: 'manual', signal})
    } catch (error) {
      const name = (error as Error).name
      return {kind: 'failed', reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'no response'}
    }
    await response.body?.cancel().catch(() => undefined)
    const location = response.headers.get('location')
    if (!redirectStatuses.has(response.status) || location === null) {
      return {kind: 'response', status: response.status, retryAfter: response.headers.get('retry-after') ?? undefined}
    }
    if (hop >= maxRedirects) return {kind: 'failed', reason: `more than ${maxRedirects} redirects`}
    let next: string
    try {
      next = new URL(location, current).href
    } catch {
      return {kind: 'refused', reason: 'redirect to an invalid URL refused'}
    }
    const refusal = await redirectRefusal(next, options.skip)
    if (refusal !== undefined) return {kind: 'refused', reason: refusal}
    current = next
  }
}
