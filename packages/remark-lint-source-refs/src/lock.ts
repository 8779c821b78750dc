/**
 * The refs lock file (`refs.lock.json`): what each reference of a doc set
 * resolves to at the pinned ref of the Moby repository. Written by
 * `moby-refs lock` (`@moby-anatomy/moby-refs`), read by the rule, which therefore needs neither git nor the
 * network. No git code here, so the rule stays light.
 */
import fs from 'node:fs'
import path from 'node:path'
import {readInside, stableJson} from '@moby-anatomy/doc-files'

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
    // A regular file of sane size only: a FIFO named like the lock must not hang the lint.
    value = JSON.parse(readInside(file, {root: path.dirname(file)}).bytes.toString('utf8'))
  } catch (error) {
    return {ok: false, reason: 'invalid', detail: error instanceof Error ? error.message.replace(`${file}: `, '') : String(error)}
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

/** Whether a lock entry has every field the rule and `drift` read, with the right types. */
function validEntry(entry: unknown): entry is LockEntry {
  if (!isRecord(entry)) return false
  const kind = entry['kind']
  if (kind !== 'path' && kind !== 'symbol') return false
  if (entry['exists'] === false) {
    const candidates = entry['candidates']
    if (!Array.isArray(candidates)) return false
    return kind === 'path'
      ? candidates.every((candidate) => typeof candidate === 'string')
      : candidates.every((candidate) => isRecord(candidate) && typeof candidate['symbol'] === 'string' && typeof candidate['file'] === 'string' && isLine(candidate['line']))
  }
  if (entry['exists'] !== true) return false
  if (kind === 'symbol') {
    const declarations = entry['declarations']
    return (
      Array.isArray(declarations) &&
      declarations.every(
        (declaration) =>
          isRecord(declaration) && typeof declaration['file'] === 'string' && isLine(declaration['line']) && typeof declaration['kind'] === 'string' && typeof declaration['blob'] === 'string',
      )
    )
  }
  if (entry['type'] === 'tree') return typeof entry['tree'] === 'string'
  return entry['type'] === 'blob' && typeof entry['blob'] === 'string' && isLine(entry['lines'])
}

/** A plain object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A line number or count: a whole number >= 0. */
function isLine(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/** The lock as JSON text: keys sorted, two-space indent, final newline; stable across runs. */
export function serializeLock(lock: RefsLock): string {
  return stableJson(lock)
}

