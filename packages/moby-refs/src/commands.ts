/**
 * `refs:lock` and `refs:drift`: collect the references of a doc set, resolve
 * them at a ref of a Moby clone with git plumbing, write the lock, or compare
 * the pin with a newer ref.
 */
import path from 'node:path'
import {listMarkdownFiles} from '@moby-anatomy/doc-files'
import type {DocCache} from '@moby-anatomy/markdown-helpers'
import {defaultRoots, extractReferences, type ReferenceTarget} from '@moby-anatomy/remark-lint-source-refs/extract'
import type {LockEntry, RefsLock} from '@moby-anatomy/remark-lint-source-refs/lock'
import {blobsNeedingLines, buildIndex, lineCounts, resolveReference, type SourceIndex} from './source-index.ts'

/** The repository the lock describes. */
export const repository = 'github.com/moby/moby'

/**
 * Markdown files of a doc set folder and its subfolders, as absolute paths,
 * sorted; `node_modules`, hidden folders and `CHANGELOG.md` are left out, as
 * the lint leaves them out. Only regular files inside the folder, each real
 * file once (see `@moby-anatomy/doc-files`).
 */
export function docFiles(folder: string): string[] {
  const listing = listMarkdownFiles([folder], {
    root: folder,
    skipFolders: ['node_modules'],
    skipHidden: true,
    extensions: ['.md'],
    isIgnored: (file) => path.basename(file) === 'CHANGELOG.md',
  })
  return [...listing.files]
}

/** A Markdown file that cannot be read as the lint reads it (missing, not UTF-8, not a regular file, a link out of its folder). */
export class DocumentError extends Error {
  override name = 'DocumentError'
}

/**
 * A Markdown file parsed through the shared loader, as the lint parses it
 * (regular files inside their folder, within the per-file limits);
 * `DocumentError` when it cannot be.
 */
function treeOf(file: string, docs: DocCache) {
  const loaded = docs.load(file, path.dirname(file))
  if (!loaded.ok) throw new DocumentError(`Unexpected Markdown file \`${file}\` that ${loaded.detail}, expected a UTF-8 text file`)
  return loaded.tree
}

/** The distinct references of some Markdown files, by key. */
export function collectReferences(files: readonly string[], docs: DocCache): Map<string, ReferenceTarget> {
  const references = new Map<string, ReferenceTarget>()
  for (const file of files) {
    for (const reference of extractReferences(treeOf(file, docs), defaultRoots)) {
      if (!references.has(reference.key)) references.set(reference.key, {kind: reference.kind, key: reference.key, target: reference.target})
    }
  }
  return new Map([...references].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** Where each reference is cited: `file:line` (file name only), in document order, by key. */
export function collectCitations(files: readonly string[], docs: DocCache): Map<string, string[]> {
  const citations = new Map<string, string[]>()
  for (const file of files) {
    for (const reference of extractReferences(treeOf(file, docs), defaultRoots)) {
      const place = `${path.basename(file)}:${reference.node.position?.start.line ?? 1}`
      const list = citations.get(reference.key)
      if (!list) citations.set(reference.key, [place])
      else if (!list.includes(place)) list.push(place)
    }
  }
  return citations
}

/** Resolve references at a ref: the lock. */
export function createLock(mobyDirectory: string, ref: string, references: ReadonlyMap<string, ReferenceTarget>, index?: SourceIndex): RefsLock {
  const source = index ?? buildIndex(mobyDirectory, ref)
  const counts = lineCounts(source, blobsNeedingLines(source, references.values()))
  const entries: Record<string, LockEntry> = {}
  for (const [key, reference] of references) entries[key] = resolveReference(source, reference, counts)
  return {lockfileVersion: 1, repository, ref, commit: source.commit, references: entries}
}

/** One row of the drift table. */
export interface DriftRow {
  readonly reference: string
  /** `broken`: gone at the newer ref; `changed`: its file's content differs; `moved`: a symbol declared elsewhere. */
  readonly status: 'broken' | 'changed' | 'moved'
  readonly atPin: string
  readonly atNewer: string
}

/** Compare each locked reference at the pin with the same reference at a newer ref. */
export function drift(lock: RefsLock, mobyDirectory: string, newerRef: string): {commit: string; rows: DriftRow[]} {
  const references = new Map<string, ReferenceTarget>()
  for (const key of Object.keys(lock.references)) {
    const separator = key.indexOf(':')
    references.set(key, {kind: key.slice(0, separator) as 'path' | 'symbol', key, target: key.slice(separator + 1)})
  }
  const newer = createLock(mobyDirectory, newerRef, references)
  const rows: DriftRow[] = []
  for (const [key, before] of Object.entries(lock.references)) {
    const after = newer.references[key]
    if (!before.exists || !after) continue
    if (!after.exists) {
      rows.push({reference: key, status: 'broken', atPin: describe(before), atNewer: describe(after)})
      continue
    }
    const status = changeOf(before, after)
    if (status) rows.push({reference: key, status, atPin: describe(before), atNewer: describe(after)})
  }
  rows.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0))
  return {commit: newer.commit, rows}
}

const statusOrder = {broken: 0, moved: 1, changed: 2} as const

/** How an existing reference changed, if it did. */
function changeOf(before: LockEntry, after: LockEntry): DriftRow['status'] | undefined {
  if (before.kind === 'path' && after.kind === 'path' && before.exists && after.exists) {
    if (before.type === 'blob' && after.type === 'blob') return before.blob === after.blob ? undefined : 'changed'
    if (before.type === 'tree' && after.type === 'tree') return undefined
    return 'changed'
  }
  if (before.kind === 'symbol' && after.kind === 'symbol' && before.exists && after.exists) {
    const [first] = before.declarations
    const [next] = after.declarations
    if (!first || !next) return undefined
    if (first.file !== next.file) return 'moved'
    return first.blob === next.blob ? undefined : 'changed'
  }
  return 'changed'
}

/** A short cell describing an entry. */
function describe(entry: LockEntry): string {
  if (entry.kind === 'path') {
    if (!entry.exists) return entry.candidates.length > 0 ? `missing; same name: ${entry.candidates.map(tick).join(', ')}` : 'missing'
    return entry.type === 'blob' ? `blob ${entry.blob.slice(0, 10)}, ${entry.lines} lines` : 'folder'
  }
  if (!entry.exists) {
    return entry.candidates.length > 0 ? `missing; declared as ${entry.candidates.map((candidate) => tick(candidate.symbol) + ' in ' + tick(`${candidate.file}:${candidate.line}`)).join(', ')}` : 'missing'
  }
  const [first] = entry.declarations
  return first ? `${tick(`${first.file}:${first.line}`)} (${first.kind})` : 'declared'
}

/** Backticks for a table cell. */
function tick(value: string): string {
  return '`' + value.replaceAll('|', '\\|') + '`'
}

/**
 * The drift rows as a Markdown table a maintainer can work through; with
 * `citations`, a column says where each reference is cited.
 */
export function formatDrift(lock: RefsLock, newerRef: string, commit: string, rows: readonly DriftRow[], citations?: ReadonlyMap<string, readonly string[]>): string {
  const lines = [
    `References of the lock at \`${lock.ref}\` (${lock.commit.slice(0, 12)}) compared with \`${newerRef}\` (${commit.slice(0, 12)}): ${rows.filter((row) => row.status === 'broken').length} broken, ${rows.filter((row) => row.status === 'moved').length} moved, ${rows.filter((row) => row.status === 'changed').length} changed, of ${Object.keys(lock.references).length}.`,
  ]
  if (rows.length === 0) return lines.join('\n') + '\n'
  const cited = (key: string) => {
    const places = citations?.get(key) ?? []
    return places.length === 0 ? 'not cited' : places.slice(0, 3).join(', ') + (places.length > 3 ? ` and ${places.length - 3} more` : '')
  }
  if (citations) {
    lines.push('', `| reference | status | at \`${lock.ref}\` | at \`${newerRef}\` | cited in |`, '| --- | --- | --- | --- | --- |')
    for (const row of rows) lines.push(`| ${tick(row.reference)} | ${row.status} | ${row.atPin} | ${row.atNewer} | ${cited(row.reference)} |`)
  } else {
    lines.push('', `| reference | status | at \`${lock.ref}\` | at \`${newerRef}\` |`, '| --- | --- | --- | --- |')
    for (const row of rows) lines.push(`| ${tick(row.reference)} | ${row.status} | ${row.atPin} | ${row.atNewer} |`)
  }
  return lines.join('\n') + '\n'
}

