/**
 * Our retry pass for external URLs that answered 429 or 5xx. linkinator 8.1
 * can retry too, but its 429 handling re-queues a URL as often as the server
 * answers 429 and waits as long as `retry-after` says, and its back-off starts
 * at a fixed second: here every loop is bounded in count (`retries`) and time
 * (`maxRetryDelay`, `timeout`), and the delay is configurable.
 */
import type {LinkResult} from 'linkinator'
import type {LinkCheckConfig} from './config.ts'

/** What the retries of one URL ended with. */
export type RetryOutcome = {readonly ok: true} | {readonly ok: false; readonly status: number; readonly reason: string}

/** Retry each URL of `results` (once per URL), `config.concurrency` at a time. */
export async function retryExternal(
  results: readonly LinkResult[],
  config: LinkCheckConfig,
  onRetry?: (url: string, status: number, delay: number) => void,
): Promise<Map<string, RetryOutcome>> {
  const first = new Map<string, LinkResult>()
  for (const result of results) if (!first.has(result.url)) first.set(result.url, result)
  const queue = [...first.values()]
  const outcomes = new Map<string, RetryOutcome>()
  const worker = async () => {
    for (let result = queue.shift(); result; result = queue.shift()) {
      outcomes.set(result.url, await retryUrl(result.url, result.status ?? 0, retryAfterOf(result), config, onRetry))
    }
  }
  await Promise.all(Array.from({length: Math.min(config.concurrency, queue.length)}, worker))
  return outcomes
}

/** Up to `config.retries` more GETs of `url`, waiting `retry-after` or an exponential back-off between them. */
async function retryUrl(
  url: string,
  firstStatus: number,
  firstRetryAfter: string | undefined,
  config: LinkCheckConfig,
  onRetry?: (url: string, status: number, delay: number) => void,
): Promise<RetryOutcome> {
  let status = firstStatus
  let retryAfter = firstRetryAfter
  for (let attempt = 1; attempt <= config.retries; attempt++) {
    const asked = retryAfter === undefined ? undefined : retryAfterMilliseconds(retryAfter)
    const delay = asked ?? config.retryDelay * 2 ** (attempt - 1)
    if (delay > config.maxRetryDelay) {
      return {ok: false, status, reason: `${status}, retry-after ${Math.ceil(delay / 1000)} s is longer than maxRetryDelay`}
    }
    onRetry?.(url, status, delay)
    await new Promise((resolve) => setTimeout(resolve, delay))
    let response: Response
    try {
      response = await fetch(url, {redirect: 'follow', signal: AbortSignal.timeout(config.timeout)})
    } catch (error) {
      const name = (error as Error).name
      return {ok: false, status: 0, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'no response'}
    }
    await response.body?.cancel()
    if (response.ok) return {ok: true}
    status = response.status
    if (status !== 429 && status < 500) break
    retryAfter = response.headers.get('retry-after') ?? undefined
  }
  return {ok: false, status, reason: `${status} after ${config.retries} ${config.retries === 1 ? 'retry' : 'retries'}`}
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

/** `retry-after` as milliseconds from now: delta seconds or an HTTP date; `undefined` when unreadable. */
export function retryAfterMilliseconds(value: string): number | undefined {
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}
