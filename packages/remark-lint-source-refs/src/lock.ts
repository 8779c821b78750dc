/**
 * The refs lock file (`refs.lock.json`): what each reference of a doc set
 * resolves to at the pinned ref of the Moby repository. Written by
 * `moby-refs lock` (`@moby-anatomy/moby-refs`), read by the rule, which therefore needs neither git nor the
 * network. No git code here, so the rule stays light.
 */
import fs from 'node:fs'

/** The lock's file name: the rule looks for it from the linted file's folder up to its package. */
export const lockFileName = 'refs.lock.json'

/** Where a symbol is declared. */
export interface LockedDeclaration {
  readonly file: string
  readonly line: number
  /** `func`, `method`, `type`, `const`, `var`, `field` or `interface-method`. */
  readonly kind: string
  /** Blob id of the file at the pinned ref. */
  readonly blob: string
}

/** A suggestion for a missing symbol: another declaration of the same name. */
export interface SymbolCandidate {
  readonly symbol: string
  readonly file: string
  readonly line: number
}

/** What one reference resolves to. */
export type LockEntry =
  | {readonly kind: 'path'; readonly exists: true; readonly type: 'blob'; readonly blob: string; readonly lines: number}
  | {readonly kind: 'path'; readonly exists: true; readonly type: 'tree'; readonly tree: string}
  | {readonly kind: 'path'; readonly exists: false; readonly candidates: readonly string[]}
  | {readonly kind: 'symbol'; readonly exists: true; readonly declarations: readonly LockedDeclaration[]; readonly count: number}
  | {readonly kind: 'symbol'; readonly exists: false; readonly candidates: readonly SymbolCandidate[]}

/** The lock file. */
export interface RefsLock {
  readonly lockfileVersion: 1
  /** The repository the references point into (`github.com/moby/moby`). */
  readonly repository: string
  /** The pinned ref (`docker-v29.7.2`). */
  readonly ref: string
  /** The commit the pinned ref points to. */
  readonly commit: string
  /** By reference key (`path:daemon/create.go`, `symbol:Daemon.ContainerCreate`), sorted. */
  readonly references: Readonly<Record<string, LockEntry>>
}

/** A lock that could not be read, with why. */
export interface LockFailure {
  readonly ok: false
  readonly reason: 'missing' | 'invalid'
  readonly detail: string
}

/** Read and check a lock file (the rule keeps what it read for the run: see `rule.ts`). */
export function readLock(file: string): {ok: true; lock: RefsLock} | LockFailure {
  if (!fs.existsSync(file)) return {ok: false, reason: 'missing', detail: 'no such file'}
  return parseLock(file)
}

/** Parse a lock file and check its shape. */
function parseLock(file: string): {ok: true; lock: RefsLock} | LockFailure {
  let value: unknown
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    return {ok: false, reason: 'invalid', detail: error instanceof Error ? error.message : String(error)}
  }
  const lock = value as Partial<RefsLock> | null
  if (!lock || typeof lock !== 'object' || lock.lockfileVersion !== 1) return {ok: false, reason: 'invalid', detail: '`lockfileVersion` is not `1`'}
  if (typeof lock.ref !== 'string' || typeof lock.commit !== 'string' || typeof lock.repository !== 'string') {
    return {ok: false, reason: 'invalid', detail: '`repository`, `ref` or `commit` is not a string'}
  }
  if (!lock.references || typeof lock.references !== 'object') return {ok: false, reason: 'invalid', detail: '`references` is not an object'}
  for (const [key, entry] of Object.entries(lock.references)) {
    if (!validEntry(entry)) return {ok: false, reason: 'invalid', detail: `entry \`${key}\` is not a path or symbol entry`}
  }
  return {ok: true, lock: lock as RefsLock}
}

/** Whether a lock entry has the fields the rule reads. */
function validEntry(entry: unknown): entry is LockEntry {
  if (!entry || typeof entry !== 'object') return false
  const value = entry as Record<string, unknown>
  if (value['kind'] !== 'path' && value['kind'] !== 'symbol') return false
  if (value['exists'] === false) return Array.isArray(value['candidates'])
  if (value['exists'] !== true) return false
  if (value['kind'] === 'symbol') return Array.isArray(value['declarations'])
  return value['type'] === 'tree' || (value['type'] === 'blob' && typeof value['lines'] === 'number')
}

/** The lock as JSON text: keys sorted, two-space indent, final newline; stable across runs. */
export function serializeLock(lock: RefsLock): string {
  return JSON.stringify(sortKeys(lock), null, 2) + '\n'
}

/** A copy of a JSON value with object keys sorted (arrays keep their order). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, sortKeys(item)]),
    )
  }
  return value
}
