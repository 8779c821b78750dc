/**
 * The examples lock (`examples.lock.json`): what `go-examples verify` found
 * when it built each Go example of a doc set at the pinned Moby tag. Written
 * by the verifier, read by the rule, which therefore needs neither Go, git
 * nor the network.
 */
import fs from 'node:fs'
import {stableJson} from '@moby-anatomy/doc-files'
import {LRUCache} from 'lru-cache'

/** What was done to an example's program, in order: built, vetted, its output compared, its tests run. */
export type Check = 'build' | 'vet' | 'output' | 'test'

/** One verified block: a program file or a test file. */
export interface LockedExample {
  /** The chapter file name. */
  readonly chapter: string
  /** Line of the opening fence when verified (informative: the rule matches by hash). */
  readonly line: number
  readonly kind: 'program' | 'test'
  /** Hash of the block's normalised source. */
  readonly hash: string
  /** Hash of the whole program the block was verified in. */
  readonly program: string
  /** The Go version that built it (`go1.24.4`). */
  readonly go: string
  /** The commit of the pinned tag it was built against. */
  readonly commit: string
  readonly result: 'ok' | 'failed'
  /** The checks that ran (and passed, when `result` is `ok`). */
  readonly checked: readonly Check[]
  /** Where the compared output came from, when one was compared. */
  readonly output?: 'output-comment' | 'output-block'
  /** Why it failed: the first lines of Go's report, positions mapped to the chapter. */
  readonly reason?: string
}

/** The lock file. */
export interface ExamplesLock {
  readonly lockfileVersion: 1
  /** The repository the examples build against (`github.com/moby/moby`). */
  readonly repository: string
  /** The pinned ref (`docker-v29.7.2`). */
  readonly ref: string
  /** The commit the pinned ref points to. */
  readonly commit: string
  /** Sorted by chapter, then line. */
  readonly examples: readonly LockedExample[]
}

/** A lock that could not be read, with why. */
export interface LockFailure {
  readonly ok: false
  readonly reason: 'missing' | 'invalid'
  readonly detail: string
}

/** A lock read and indexed by block hash. */
export interface ReadLock {
  readonly ok: true
  readonly lock: ExamplesLock
  readonly byHash: ReadonlyMap<string, readonly LockedExample[]>
}

/**
 * Locks read, by path, each kept while its size and mtime stay the same. Only
 * the latest few: a run lints folder by folder, and one over many doc sets held
 * every set's lock until the process ended.
 */
const cache = new LRUCache<string, {mtimeMs: number; size: number; result: ReadLock | LockFailure}>({max: 4})

/** Read and check a lock file, cached by path, size and modification time (see `cache`). */
export function readLock(file: string): ReadLock | LockFailure {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    return {ok: false, reason: 'missing', detail: 'no such file'}
  }
  const cached = cache.get(file)
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.result
  let result: ReadLock | LockFailure
  try {
    result = parseLock(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    result = {ok: false, reason: 'invalid', detail: error instanceof Error ? error.message : String(error)}
  }
  cache.set(file, {mtimeMs: stat.mtimeMs, size: stat.size, result})
  return result
}

/** Parse lock text and check its shape. */
export function parseLock(text: string): ReadLock | LockFailure {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {ok: false, reason: 'invalid', detail: error instanceof Error ? error.message : String(error)}
  }
  const lock = value as Partial<ExamplesLock> | null
  if (!lock || typeof lock !== 'object' || lock.lockfileVersion !== 1) return {ok: false, reason: 'invalid', detail: '`lockfileVersion` is not `1`'}
  if (typeof lock.ref !== 'string' || typeof lock.commit !== 'string' || typeof lock.repository !== 'string') {
    return {ok: false, reason: 'invalid', detail: '`repository`, `ref` or `commit` is not a string'}
  }
  if (!Array.isArray(lock.examples)) return {ok: false, reason: 'invalid', detail: '`examples` is not an array'}
  const byHash = new Map<string, LockedExample[]>()
  for (const [index, entry] of lock.examples.entries()) {
    if (!validEntry(entry)) return {ok: false, reason: 'invalid', detail: `\`examples[${index}]\` lacks \`chapter\`, \`line\`, \`kind\`, \`hash\`, \`program\` or \`result\``}
    const list = byHash.get(entry.hash)
    if (list) list.push(entry)
    else byHash.set(entry.hash, [entry])
  }
  return {ok: true, lock: lock as ExamplesLock, byHash}
}

/** Whether an entry has the fields the rule reads. */
function validEntry(entry: unknown): entry is LockedExample {
  if (!entry || typeof entry !== 'object') return false
  const value = entry as Record<string, unknown>
  return (
    typeof value['chapter'] === 'string' &&
    typeof value['line'] === 'number' &&
    (value['kind'] === 'program' || value['kind'] === 'test') &&
    typeof value['hash'] === 'string' &&
    typeof value['program'] === 'string' &&
    (value['result'] === 'ok' || value['result'] === 'failed') &&
    Array.isArray(value['checked'])
  )
}

/** Examples in lock order: by chapter, then line, then hash (code-point order, not locale). */
export function compareExamples(a: LockedExample, b: LockedExample): number {
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)
  return byText(a.chapter, b.chapter) || a.line - b.line || byText(a.hash, b.hash)
}

/** The lock as JSON text: examples sorted, object keys sorted, two-space indent, final newline. */
export function serializeLock(lock: ExamplesLock): string {
  return stableJson({...lock, examples: [...lock.examples].sort(compareExamples)})
}

