/**
 * The version-history step: after `changeset version`, every released package
 * whose Markdown holds a version-history table gets one row — the new version
 * (`v1.3`), the release date, the release's changeset summaries and their
 * authors. One row is appended after the table's last row; no other byte of
 * the file changes.
 */
import fs from 'node:fs'
import path from 'node:path'
import {documentText, findTables, parseMarkdown, replaceTableBodies, sliceSource} from '@moby-anatomy/markdown-helpers'
import {code} from '@moby-anatomy/rule-kit'
import {compareVersions, parseSemver, parseTableVersion, tableForm} from '@moby-anatomy/remark-lint-version-history'
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
  if (!/^\d+$/.test(epoch) || !Number.isSafeInteger(Number(epoch))) {
    throw new ReleaseError(`Unexpected SOURCE_DATE_EPOCH ${code(epoch)}, expected whole seconds since 1970 such as \`1764374400\` (2025-11-29)`)
  }
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10)
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
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return []
  }
  return names
    .filter((name) => name.endsWith('.md') && name !== 'CHANGELOG.md')
    .sort()
    .map((name) => path.join(dir, name))
}

/**
 * Append the row of each release to the history tables in its package's
 * Markdown; the package.json version must be the release's new version.
 */
export function writeHistoryRows(releases: readonly HistoryRelease[], date: string, options: ResolvedOptions): WrittenRow[] {
  const written: WrittenRow[] = []
  for (const release of releases) {
    const manifest = path.join(release.dir, 'package.json')
    const version = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as {version?: unknown}).version
    if (version !== release.newVersion) {
      throw new ReleaseError(
        `Unexpected version ${code(String(version))} in ${manifest}, expected ${code(release.newVersion)} from the release plan (run \`changeset version\` before the history step)`,
      )
    }
    for (const file of markdownFilesOf(release.dir)) {
      const rawText = fs.readFileSync(file, 'utf8')
      const row = historyRow(release, date, options)
      const next = appendHistoryRow(rawText, row, options.header, file)
      if (next === undefined) continue
      fs.writeFileSync(file, next)
      written.push({file, row})
    }
  }
  return written
}

/** The text of a table cell: one line, pipes escaped. */
function cellText(value: string): string {
  return value.split('\n')[0]!.trim().replaceAll(/\s+/g, ' ').replaceAll(/(?<!\\)\|/g, '\\|')
}

/** Values without repeats, in first-seen order. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))]
}
