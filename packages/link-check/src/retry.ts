/**
 * Our retry pass for external URLs that answered 429 or 5xx. linkinator 8.1
 * can retry too, but its 429 handling re-queues a URL as often as the server
 * answers 429 and waits as long as `retry-after` says, and its back-off starts
 * at a fixed second: here every loop is bounded in count (`retries`) and time
 * (`maxRetryDelay`, `timeout`), and the delay is configurable.
 */
import type {LinkCheckConfig} from './config.ts'
import {guardedRequest} from './guard.ts'

/** What the retries of one URL ended with. */
export type RetryOutcome = {readonly ok: true} | {readonly ok: false; readonly status: number; readonly reason: string}

/** A URL that answered 429 or 5xx, with the status and `retry-after` it answered. */
export interface RetryCandidate {
  readonly url: string
  readonly status: number
  readonly retryAfter: string | undefined
}

/**
 * Retry each URL, `config.concurrency` at a time. Requests go through
 * `guardedRequest`: redirects to skipped URLs and reserved addresses are
 * refused, bodies are not read.
 */
export async function retryExternal(
  candidates: readonly RetryCandidate[],
  config: LinkCheckConfig,
  skip: readonly RegExp[],
  onRetry?: (url: string, status: number, delay: number) => void,
): Promise<Map<string, RetryOutcome>> {
  const queue = [...candidates]
  const outcomes = new Map<string, RetryOutcome>()
  const worker = async () => {
    for (let candidate = queue.shift(); candidate; candidate = queue.shift()) {
      outcomes.set(candidate.url, await retryUrl(candidate, config, skip, onRetry))
    }
  }
  await Promise.all(Array.from({length: Math.min(config.concurrency, queue.length)}, worker))
  return outcomes
}

/** Up to `config.retries` more GETs of a URL, waiting `retry-after` or an exponential back-off between them. */
async function retryUrl(
  candidate: RetryCandidate,
  config: LinkCheckConfig,
  skip: readonly RegExp[],
  onRetry?: (url: string, status: number, delay: number) => void,
): Promise<RetryOutcome> {
  const {url} = candidate
  let status = candidate.status
  let retryAfter = candidate.retryAfter
  for (let attempt = 1; attempt <= config.retries; attempt++) {
    const asked = retryAfter === undefined ? undefined : retryAfterMilliseconds(retryAfter)
    const delay = asked ?? config.retryDelay * 2 ** (attempt - 1)
    if (delay > config.maxRetryDelay) {
      return {ok: false, status, reason: `${status}, retry-after ${Math.ceil(delay / 1000)} s is longer than maxRetryDelay`}
    }
    onRetry?.(url, status, delay)
    await new Promise((resolve) => setTimeout(resolve, delay))
    const response = await guardedRequest('GET', url, {timeout: config.timeout, skip})
    if (response.kind === 'refused') return {ok: false, status: 0, reason: response.reason}
    if (response.kind === 'failed') return {ok: false, status: 0, reason: response.reason}
    if (response.status >= 200 && response.status < 300) return {ok: true}
    status = response.status
    if (status !== 429 && status < 500) break
    retryAfter = response.retryAfter
  }
  return {ok: false, status, reason: `${status} after ${config.retries} ${config.retries === 1 ? 'retry' : 'retries'}`}
}

/** `retry-after` as milliseconds from now: delta seconds or an HTTP date; `undefined` when unreadable. */
export function retryAfterMilliseconds(value: string): number | undefined {
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}
