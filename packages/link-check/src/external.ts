/**
 * The external half of a check (`--external`): linkinator requests each
 * external URL once (HEAD, then GET when HEAD is refused), `concurrency` at a
 * time with its timeout. It is handed one page, served from memory on
 * 127.0.0.1, that lists the URLs and nothing else: no file is served.
 *
 * Guards (see `guard.ts`): a redirect is followed only when `redirectRefusal`
 * allows it (linkinator asks `linksToSkip` before each hop); fragments are not
 * checked, so linkinator reads no response body and drops each unread.
 */
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import type {LinkResult} from 'linkinator'
import type {LinkCheckConfig} from './config.ts'
import {guardedRequest, redirectRefusal} from './guard.ts'

/** What became of one external URL. */
export type ExternalOutcome =
  | {readonly state: 'ok'}
  | {readonly state: 'broken'; readonly status: number; readonly reason: string; readonly retryable: boolean; readonly retryAfter: string | undefined}

/** Request every URL (fragment-free, deduplicated by the caller); the outcome of each. */
export async function checkExternal(urls: readonly string[], config: LinkCheckConfig, skip: readonly RegExp[]): Promise<Map<string, ExternalOutcome>> {
  const outcomes = new Map<string, ExternalOutcome>()
  if (urls.length === 0) return outcomes
  const wanted = new Set(urls)
  const page = `<!doctype html><meta charset="utf-8"><title>links</title>\n${urls.map((url) => `<a href="${escapeAttribute(url)}">x</a>`).join('\n')}\n`
  const server = http.createServer((request, response) => {
    if (request.url === '/') response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  let results: LinkResult[]
  try {
    // Loaded on demand: an offline check never needs linkinator or its HTTP client.
    const {LinkChecker} = await import('linkinator')
    const checker = new LinkChecker()
    const checked = await checker.check({
      path: origin,
      recurse: false,
      checkFragments: false,
      concurrency: config.concurrency,
      timeout: config.timeout,
      // Retries are ours (retry.ts): linkinator's 429 handling has no limit.
      retry: false,
      retryErrors: false,
      // Called for the listed URLs and, before each hop, for redirect targets.
      linksToSkip: async (href) => !wanted.has(href) && href !== origin && (await redirectRefusal(href, skip)) !== undefined,
    })
    results = checked.links
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  for (const result of results) {
    if (result.parent === undefined || !wanted.has(result.url)) continue
    outcomes.set(result.url, await outcomeOf(result, config, skip))
  }
  return outcomes
}

/** One linkinator result as an outcome. */
async function outcomeOf(result: LinkResult, config: LinkCheckConfig, skip: readonly RegExp[]): Promise<ExternalOutcome> {
  if (result.state === 'OK') return {state: 'ok'}
  if (result.state === 'SKIPPED') {
    // linkinator skips a listed URL for two reasons: bot protection (status 999, or 403 with
    // `cf-mitigated`), which says nothing about the link, and a redirect `linksToSkip` refused.
    if (result.status !== undefined) return {state: 'ok'}
    const again = await guardedRequest('HEAD', result.url, {timeout: config.timeout, skip})
    const reason = again.kind === 'refused' ? again.reason : 'redirect to a loopback, link-local, private or skipped address refused'
    return {state: 'broken', status: 0, reason, retryable: false, retryAfter: undefined}
  }
  const status = result.status ?? 0
  return {state: 'broken', status, reason: describe(status, result.failureDetails ?? []), retryable: status === 429 || status >= 500, retryAfter: retryAfterOf(result)}
}

/** Why a result is broken, in a few words. */
function describe(status: number, failures: readonly unknown[]): string {
  if (status > 0) return String(status)
  for (const failure of failures) {
    if (!(failure instanceof Error)) continue
    if (failure.name === 'TimeoutError' || failure.name === 'AbortError') return 'timeout'
    const code = (failure.cause as {code?: string} | undefined)?.code
    if (code === 'ECONNREFUSED') return 'connection refused'
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found'
    if (code) return `network error ${code}`
  }
  return 'no response'
}

/** The `retry-after` header of the last response linkinator saw. */
function retryAfterOf(result: LinkResult): string | undefined {
  for (const failure of (result.failureDetails ?? []).toReversed()) {
    if (failure instanceof Error) continue
    const value = failure.headers['retry-after']
    if (typeof value === 'string') return value
  }
  return undefined
}

/** Escape a URL for a double-quoted HTML attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}
