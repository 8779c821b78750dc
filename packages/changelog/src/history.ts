/**
 * The version-history step: after `changeset version`, every released package
 * whose Markdown holds a version-history table gets one row — the new version
 * (`v1.3`), the release date, the release's changeset summaries and their
 * authors. One row is appended after the table's last row; no other byte of
 * the file changes.
 */
import fs from 'node:fs'
import path from 'node:path'
import {FileError, listMarkdownFiles, prepareWrite, readInside, type PreparedWrite} from '@moby-anatomy/doc-files'
import {documentText, findTables, parseMarkdown, replaceTableBodies, sliceSource} from '@moby-anatomy/markdown-helpers'
import {code} from '@moby-anatomy/rule-kit'
import {compareVersions, isRealDate, parseSemver, parseTableVersion, tableForm} from '@moby-anatomy/remark-lint-version-history'
import {ReleaseError, type ResolvedOptions} from './options.ts'

/** What one package's release brings to its history table. */
export interface HistoryRelease {
  /** Package name, such as `@moby-anatomy/handbook`. */
  readonly name: string
  /** Absolute folder of the package. */
  readonly dir: string
  /** The version `changeset version` gives it, such as `1.3.0`. */
  readonly newVersion: string
  /** First lines of the summaries of the release's changesets. */
  readonly summaries: readonly string[]
  /** Who made the release, in order of first appearance. */
  readonly authors: readonly string[]
}

/** The cells of one history row. */
export interface HistoryRow {
  readonly version: string
  readonly date: string
  readonly changes: string
  readonly authors: string
}

/** A row written into a file. */
export interface WrittenRow {
  readonly file: string
  readonly row: HistoryRow
}

/**
 * The release date: `SOURCE_DATE_EPOCH` (seconds since 1970, for reproducible
 * releases) when set, else today, as a UTC `YYYY-MM-DD`.
 */
export function releaseDate(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH']
  if (epoch === undefined || epoch === '') return now.toISOString().slice(0, 10)
  const expected = 'expected whole seconds since 1970 such as `1764374400` (2025-11-29)'
  if (!/^\d+$/.test(epoch) || !Number.isSafeInteger(Number(epoch))) {
    throw new ReleaseError(`Unexpected SOURCE_DATE_EPOCH ${code(epoch)}, ${expected}`)
  }
  const date = new Date(Number(epoch) * 1000)
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) {
    throw new ReleaseError(`Unexpected SOURCE_DATE_EPOCH ${code(epoch)} past the year 9999, ${expected}`)
  }
  const day = date.toISOString().slice(0, 10)
  // The same "today" as the lint rule: the latest date anywhere on Earth (UTC+14).
  const latestToday = new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10)
  if (day > latestToday) {
    throw new ReleaseError(`Unexpected SOURCE_DATE_EPOCH ${code(epoch)} dated ${code(day)}, in the future (today is ${code(latestToday)} at the latest), ${expected}`)
  }
  return day
}

/** The row of a release. */
export function historyRow(release: HistoryRelease, date: string, options: ResolvedOptions): HistoryRow {
  const version = parseSemver(release.newVersion)
  if (!version) {
    throw new ReleaseError(`Unexpected version ${code(release.newVersion)} of ${code(release.name)}, expected a semver version such as \`1.3.0\``)
  }
  if (release.summaries.length === 0) {
    throw new ReleaseError(`Unexpected release of ${code(release.name)} without a changeset summary, expected at least one changeset naming it (\`pnpm changeset\`)`)
  }
  if (release.summaries.some((summary) => cellText(summary) === '')) {
    throw new ReleaseError(`Unexpected changeset of ${code(release.name)} with an empty summary, expected its first line to say what changed (edit the file in \`.changeset/\`)`)
  }
  if (release.authors.length === 0) {
    throw new ReleaseError(`Unexpected release of ${code(release.name)} without an author, expected a git author of its changesets or \`RELEASE_AUTHOR=名字\``)
  }
  return {
    version: tableForm(version),
    date,
    changes: unique(release.summaries.map(cellText)).join(options.separator),
    authors: unique(release.authors.map(cellText)).join(options.authorSeparator),
  }
}

/** A row as Markdown: `| v1.3 | 2026-11-29 | 新增第七章 | 张三 |`. */
export function formatRow(row: HistoryRow): string {
  return `| ${row.version} | ${row.date} | ${row.changes} | ${row.authors} |`
}

/**
 * `rawText` with `row` appended to every version-history table, or
 * `undefined` when the document has no such table. Throws when a table
 * already lists the version or lists a later one.
 */
export function appendHistoryRow(rawText: string, row: HistoryRow, header: readonly string[], fileName: string): string | undefined {
  const text = documentText(rawText)
  const tables = findTables(parseMarkdown(text), header)
  if (tables.length === 0) return undefined
  const wanted = parseTableVersion(row.version)
  for (const table of tables) {
    for (const existing of table.rows) {
      const listed = parseTableVersion(existing.cells[0]?.text ?? '')
      if (!listed || !wanted) continue
      const line = existing.node.position?.start.line ?? 0
      if (compareVersions(listed, wanted) === 0) {
        throw new ReleaseError(`Unexpected version ${code(row.version)} already in the version history of ${fileName}:${line}, expected a new release (did the history step run twice?)`)
      }
      if (compareVersions(listed, wanted) > 0) {
        throw new ReleaseError(`Unexpected version ${code(existing.cells[0]?.text ?? '')} in the version history of ${fileName}:${line}, after the new release ${code(row.version)}, expected the new release to be the latest`)
      }
    }
    for (const existing of table.rows) {
      const date = existing.cells[1]?.text ?? ''
      if (isRealDate(date) && date > row.date) {
        throw new ReleaseError(
          `Unexpected release date ${code(row.date)} before ${code(date)} in the version history of ${fileName}:${existing.node.position?.start.line ?? 0}, expected a date on or after the last row's (check SOURCE_DATE_EPOCH)`,
        )
      }
    }
  }
  return replaceTableBodies(rawText, text, tables, (table) => [
    ...table.rows.map((existing) => sliceSource(text, existing.node.position) ?? ''),
    formatRow(row),
  ])
}

/** Whether a document holds a version-history table. */
export function hasHistoryTable(rawText: string, header: readonly string[]): boolean {
  return findTables(parseMarkdown(documentText(rawText)), header).length > 0
}

/** Markdown files of a package folder that may hold its history (not CHANGELOG.md). */
export function markdownFilesOf(dir: string): string[] {
  if (!fs.statSync(dir, {throwIfNoEntry: false})?.isDirectory()) return []
  // Regular files inside the folder only: a FIFO would hang the step, a link could lead out.
  const listing = listMarkdownFiles([dir], {root: dir, recursive: false, extensions: ['.md']})
  return listing.files.filter((file) => path.basename(file) !== 'CHANGELOG.md')
}

/**
 * Append the row of each release to the history tables in its package's
 * Markdown; the package.json version must be the release's new version.
 */
export function writeHistoryRows(releases: readonly HistoryRelease[], date: string, options: ResolvedOptions): WrittenRow[] {
  const planned = prepareHistoryRows(releases, date, options)
  try {
    checkReleasedVersions(releases)
  } catch (error) {
    for (const write of planned) write.discard()
    throw error
  }
  return commitHistoryRows(planned)
}

/** A history row ready to land: its bytes are on disk beside the file, waiting for the rename. */
export interface PlannedRow extends PreparedWrite {
  readonly row: HistoryRow
}

/** A history row computed for a file, with the file's text before and after. */
export interface ComputedRow {
  readonly file: string
  readonly dir: string
  readonly bytes: Uint8Array
  readonly next: string
  readonly row: HistoryRow
}

/**
 * The rows the release would write, file by file, without writing: each
 * released package's Markdown is read (regular files inside the package
 * only), the row built and checked against the table. `prepareHistoryRows`
 * writes these; `pnpm release:preview` shows them.
 */
export function computeHistoryRows(releases: readonly HistoryRelease[], date: string, options: ResolvedOptions): ComputedRow[] {
  const computed: ComputedRow[] = []
  for (const release of releases) {
    for (const file of markdownFilesOf(release.dir)) {
      const bytes = readInside(file, {root: release.dir}).bytes
      const rawText = utf8Text(bytes, file)
      if (!hasHistoryTable(rawText, options.header)) continue
      const row = historyRow(release, date, options)
      const next = appendHistoryRow(rawText, row, options.header, file)
      if (next !== undefined) computed.push({file, dir: release.dir, bytes, next, row})
    }
  }
  return computed
}

/**
 * Every check and every byte of the history rows, before any file changes:
 * the rows are computed (`computeHistoryRows`) and each new text written to a
 * temporary file beside its file. A failure discards what was prepared.
 */
export function prepareHistoryRows(releases: readonly HistoryRelease[], date: string, options: ResolvedOptions): PlannedRow[] {
  const computed = computeHistoryRows(releases, date, options)
  const planned: PlannedRow[] = []
  try {
    for (const {file, dir, bytes, next, row} of computed) planned.push({...prepareWrite(file, next, {root: dir, expected: bytes}), row})
  } catch (error) {
    for (const write of planned) write.discard()
    throw error
  }
  return planned
}

/** Rename every prepared row into place; what was not committed is discarded. */
export function commitHistoryRows(planned: readonly PlannedRow[]): WrittenRow[] {
  const written: WrittenRow[] = []
  try {
    for (const write of planned) {
      write.commit()
      written.push({file: write.file, row: write.row})
    }
  } finally {
    for (const write of planned.slice(written.length)) write.discard()
  }
  return written
}

/** Throw unless each package.json holds its release's new version (`changeset version` ran). */
export function checkReleasedVersions(releases: readonly HistoryRelease[]): void {
  for (const release of releases) {
    const manifest = path.join(release.dir, 'package.json')
    const version = (JSON.parse(readInside(manifest, {root: release.dir}).bytes.toString('utf8')) as {version?: unknown}).version
    if (version !== release.newVersion) {
      throw new ReleaseError(
        `Unexpected version ${code(String(version))} in ${manifest}, expected ${code(release.newVersion)} from the release plan (run \`changeset version\` before the history step)`,
      )
    }
  }
}

/** The text of a file the step may rewrite: strict UTF-8 without NUL bytes, else a `FileError`. */
export function utf8Text(bytes: Uint8Array, file: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    throw new FileError(file, 'Unexpected file that is not UTF-8 text, expected a UTF-8 Markdown file (nothing was changed)')
  }
  if (text.includes('\0')) throw new FileError(file, 'Unexpected binary file (it holds NUL bytes), expected a UTF-8 Markdown file (nothing was changed)')
  return text
}

/**
 * The text of a table cell: the first line, with every `|` that would end the
 * cell escaped (`\\|` is an escaped backslash, then a pipe, so it gets one more
 * backslash) and every `<` escaped, so HTML shows as text, not markup.
 */
function cellText(value: string): string {
  const line = value.split('\n')[0]!.trim().replaceAll(/\s+/g, ' ')
  return line.replaceAll(/(\\*)([|<])/g, (_, backslashes: string, character: string) => (backslashes.length % 2 === 0 ? `${backslashes}\\${character}` : backslashes + character))
}

/** Values without repeats, in first-seen order. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))]
}
