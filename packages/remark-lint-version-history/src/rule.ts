/**
 * The rule `version-history`: its options, defaults and checks. The docs are in `index.ts`.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Nodes, Root} from 'mdast'
import type {VFile} from 'vfile'
import {documentText, findTables, sliceSource, type MatchedTable, type Row} from '@moby-anatomy/markdown-helpers'
import {code, defineRule, headerCells, type ReportOptions, type RuleContext} from '@moby-anatomy/rule-kit'
import {compareVersions, parseSemver, parseTableVersion, semverForm, tableForm, type Version} from './versions.ts'

/** Configuration of `version-history`. */
export interface Options {
  /** Header cells that mark a version-history table (default: `['版本', '日期', '主要变更', '作者']`). */
  readonly header?: readonly [string, string, string, string] | null | undefined
  /** The current date, for tests (default: now). A `Date` or an ISO date string. */
  readonly now?: Date | string | null | undefined
}

/** Settings of a run: the header, and today's date where it is latest on Earth. */
export interface Settings {
  readonly header: readonly string[]
  /** `YYYY-MM-DD`. */
  readonly today: string
}

export const ruleId = 'version-history'

/** The default of `now`: the time the settings are made. An invalid Date, so no user value can be it. */
const settingsTime = new Date(Number.NaN)

const remarkLintVersionHistory = defineRule<Options, Settings>({
  id: ruleId,
  options: {header: headerCells(4), now: (value) => (toDate(value) ? undefined : 'a `Date` or a date string such as `2026-11-29`')},
  defaults: {header: ['版本', '日期', '主要变更', '作者'], now: settingsTime},
  prepare: ({header, now}) => ({header, today: latestToday(now === settingsTime ? new Date() : (toDate(now) ?? new Date()))}),
  check: checkVersionHistory,
})

export default remarkLintVersionHistory

/** The package a doc file belongs to: its version and, when present, its changelog versions. */
interface PackageFacts {
  readonly packageFile: string
  readonly shownName: string
  readonly version: Version | undefined
  readonly problem: string | undefined
  readonly changelog: readonly Version[] | undefined
}

/** Run every check of the rule on one file. */
function checkVersionHistory(tree: Root, file: VFile, settings: Settings, context: RuleContext): void {
  const tables = findTables(tree, settings.header)
  if (tables.length === 0) return
  const facts = file.path ? packageFacts(path.dirname(path.resolve(file.cwd, file.path))) : undefined
  const text = documentText(file)
  for (const table of tables) checkTable(table, text, settings, facts, context)
}

/** Checks of one table (`text`: the document's source, to count the cells a row was written with). */
function checkTable(table: MatchedTable, text: string, {header, today}: Settings, facts: PackageFacts | undefined, context: RuleContext): void {
  const seen = new Map<string, Nodes>()
  const listed: {version: Version; node: Nodes; row: Row}[] = []
  let previous: {version: Version; text: string} | undefined
  let previousDate: string | undefined
  for (const row of table.rows) {
    const report = (reason: string, node: Nodes, options?: ReportOptions) => context.inRow(reason, table, row, node, options)
    const [versionCell, dateCell, changeCell, authorCell] = row.cells
    // GFM drops cells past the header's count, so an unescaped `|` is only visible in the source.
    const written = Math.max(row.cells.length, writtenCells(sliceSource(text, row.node.position) ?? ''))
    if (!versionCell || !dateCell || !changeCell || !authorCell || written > 4) {
      const hint = written > 4 ? '; escape a `|` inside a cell as `\\|`' : ''
      report(`Unexpected row with ${written} cells, expected 4 (${header.map(code).join(' | ')})${hint}`, row.node)
      continue
    }

    const version = parseTableVersion(versionCell.text)
    if (!version) {
      report(`Unexpected version ${code(versionCell.text)}, expected \`vMAJOR.MINOR\` such as \`v1.2\`, or \`vMAJOR.MINOR.PATCH\` when the patch is not 0`, versionCell.node)
    } else if (tableForm(version) !== versionCell.text) {
      report(`Unexpected version ${code(versionCell.text)}, expected ${code(tableForm(version))}`, versionCell.node, {expected: [tableForm(version)]})
    }
    if (version) {
      const key = tableForm(version)
      const first = seen.get(key)
      if (first) {
        const cause = context.firstOccurrence(`Version ${code(key)} first listed here`, first)
        report(`Unexpected duplicate version ${code(versionCell.text)}, expected each version once`, versionCell.node, {cause})
      } else {
        seen.set(key, versionCell.node)
        listed.push({version, node: versionCell.node, row})
        if (previous && compareVersions(version, previous.version) < 0) {
          report(`Unexpected version ${code(versionCell.text)} after ${code(previous.text)}, expected versions in increasing order`, versionCell.node)
        }
        previous = {version, text: versionCell.text}
      }
    }

    const date = dateCell.text
    if (!isRealDate(date)) {
      report(`Unexpected date ${code(date)}, expected a real date written \`YYYY-MM-DD\``, dateCell.node)
    } else {
      if (date > today) report(`Unexpected date ${code(date)} in the future (today is ${code(today)} at the latest), expected a release date that has come`, dateCell.node)
      if (previousDate && date < previousDate) {
        report(`Unexpected date ${code(date)} before ${code(previousDate)} of the row above, expected dates that never decrease`, dateCell.node)
      }
      previousDate = date
    }

    if (changeCell.text === '') report('Unexpected empty change cell, expected a summary of the release', changeCell.node)
    if (authorCell.text === '') report('Unexpected empty author cell, expected who made the release', authorCell.node)
  }

  if (!facts) return
  const packageName = code(facts.shownName)
  if (facts.problem) {
    context.at(facts.problem, table.node, table.ancestors)
    return
  }
  const last = listed.at(-1)
  if (facts.version && last && compareVersions(last.version, facts.version) !== 0) {
    context.inRow(
      `Unexpected last version ${code(tableForm(last.version))}, expected ${code(tableForm(facts.version))} from ${packageName} (${code(semverForm(facts.version))})`,
      table,
      last.row,
      last.node,
    )
  }
  const first = listed[0]
  if (!facts.changelog || !first) return
  for (const entry of listed) {
    if (!facts.changelog.some((version) => compareVersions(version, entry.version) === 0)) {
      const reason = `Unexpected version ${code(tableForm(entry.version))} missing from \`CHANGELOG.md\`, expected a \`## ${semverForm(entry.version)}\` entry there`
      context.inRow(reason, table, entry.row, entry.node)
    }
  }
  for (const version of facts.changelog) {
    if (compareVersions(version, first.version) < 0) continue
    if (listed.some((entry) => compareVersions(entry.version, version) === 0)) continue
    context.at(`Unexpected version ${code(semverForm(version))} of \`CHANGELOG.md\` missing from the table, expected a row ${code(tableForm(version))}`, table.node, table.ancestors)
  }
}

/** Find the nearest package.json from `folder` up, and the CHANGELOG.md beside it. */
function packageFacts(folder: string): PackageFacts | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    const packageFile = path.join(current, 'package.json')
    let raw: string | undefined
    try {
      raw = fs.readFileSync(packageFile, 'utf8')
    } catch {
      raw = undefined
    }
    if (raw !== undefined) return readFacts(packageFile, raw, path.relative(folder, packageFile))
    if (path.dirname(current) === current) return undefined
  }
}

/** Read the version of a package.json and the versions of its changelog. */
function readFacts(packageFile: string, raw: string, shownName: string): PackageFacts {
  let version: Version | undefined
  let problem: string | undefined
  try {
    const data: unknown = JSON.parse(raw)
    const field = typeof data === 'object' && data !== null ? (data as {version?: unknown}).version : undefined
    version = typeof field === 'string' ? parseSemver(field) : undefined
    if (!version) problem = `Unexpected ${code(shownName)} without a semver \`version\`, expected one such as \`"version": "1.2.0"\``
  } catch (error) {
    problem = `Unexpected ${code(shownName)} that is not JSON (${(error as Error).message}), expected a package manifest with a \`version\``
  }
  let changelog: Version[] | undefined
  try {
    const text = fs.readFileSync(path.join(path.dirname(packageFile), 'CHANGELOG.md'), 'utf8')
    changelog = Array.from(text.matchAll(/^##\s+v?(\S+)\s*$/gm), (match) => parseSemver(match[1] ?? '')).filter(
      (entry): entry is Version => entry !== undefined,
    )
  } catch {
    changelog = undefined
  }
  return {packageFile, shownName, version, problem, changelog}
}

/** How many cells a table row's source holds: unescaped pipes split it (a backslash escapes the next character). */
function writtenCells(source: string): number {
  const line = source.trim()
  if (line === '') return 0
  let pipes = 0
  let lastPipe = -1
  for (let index = 0; index < line.length; index++) {
    if (line[index] === '\\') index++
    else if (line[index] === '|') {
      pipes++
      lastPipe = index
    }
  }
  const lead = line.startsWith('|') ? 1 : 0
  const trail = lastPipe === line.length - 1 && lastPipe > 0 ? 1 : 0
  return pipes - lead - trail + 1
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === text
}

/** Today's date where it is latest on Earth (UTC+14), so no time zone sees a false "future". */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10)
}

/** A Date from an option value, or `undefined`. */
function toDate(value: unknown): Date | undefined {
  if (value === undefined || value === null) return undefined
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
  return date && !Number.isNaN(date.getTime()) ? date : undefined
}
