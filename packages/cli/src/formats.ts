/**
 * Report formats of `doc-lint --format`: `stylish` (the default, see
 * `stylish.ts`), `json` (a stable shape, documented in the README), `sarif`
 * (SARIF 2.1.0 for code scanning), `github` (workflow commands: annotations)
 * and `summary` (a Markdown table of every finding, for a job summary).
 * Every format but `stylish` is written to stdout; `stylish` to stderr.
 */
import fs from 'node:fs'
import path from 'node:path'
import {StylishReport, type ReportedFile} from './stylish.ts'

export const formats = ['stylish', 'json', 'sarif', 'github', 'summary'] as const
export type Format = (typeof formats)[number]

/** One finding, as the machine-readable formats see it. */
export interface Finding {
  /** Path relative to the working folder, with `/` separators. */
  readonly file: string
  /** `rule id` of the message (`nav-table`), else its source. */
  readonly ruleId: string
  /** Where the message comes from (`remark-lint`, `doc-lint`). */
  readonly source: string | null
  /** `error` (fatal), `warning`, or `info`. */
  readonly severity: 'error' | 'warning' | 'info'
  readonly message: string
  /** 1-based; `null` when the message has no place. */
  readonly line: number | null
  readonly column: number | null
  readonly endLine: number | null
  readonly endColumn: number | null
  /** The rule's documentation. */
  readonly url: string | null
  /** Replacement text when the finding has one deterministic repair. */
  readonly expected: readonly string[] | null
}

/** The findings of linted files, file by file, in order. */
export function findingsOf(files: readonly ReportedFile[], cwd: string): Finding[] {
  const findings: Finding[] = []
  for (const file of files) {
    const shown = path.relative(cwd, path.resolve(cwd, file.path)).split(path.sep).join('/')
    for (const message of file.messages) {
      const place = message.place
      const start = place && 'start' in place ? place.start : place
      const end = place && 'end' in place ? place.end : undefined
      findings.push({
        file: shown,
        ruleId: message.ruleId ?? message.source ?? 'doc-lint',
        source: message.source ?? null,
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        message: message.reason,
        line: start?.line ?? null,
        column: start?.column ?? null,
        endLine: end?.line ?? null,
        endColumn: end?.column ?? null,
        url: message.url ?? null,
        expected: message.expected ?? null,
      })
    }
  }
  return findings
}

/** The report in `format`; `stylish` reads the files (and `quiet`, `color`), the others the findings. */
export function formatReport(format: Format, files: readonly ReportedFile[], options: {readonly cwd: string; readonly quiet: boolean; readonly color: boolean}): string {
  if (format === 'stylish') {
    const report = new StylishReport(options)
    return files.map((file) => report.file(file)).join('') + report.end()
  }
  const findings = findingsOf(files, options.cwd)
  if (format === 'json') return `${JSON.stringify({version: 1, findings}, null, 2)}\n`
  if (format === 'sarif') return `${JSON.stringify(sarif(findings, ownVersion()), null, 2)}\n`
  if (format === 'github') return findings.map((finding) => `${githubCommand(finding)}\n`).join('')
  return summary(findings)
}

const sarifSeverity = {error: 'error', warning: 'warning', info: 'note'} as const

/** A SARIF 2.1.0 log: one run, the rules that reported, one result per finding. */
export function sarif(findings: readonly Finding[], version: string): object {
  const rules: {id: string; helpUri?: string}[] = []
  const ruleIndex = new Map<string, number>()
  for (const finding of findings) {
    if (ruleIndex.has(finding.ruleId)) continue
    ruleIndex.set(finding.ruleId, rules.length)
    rules.push(finding.url ? {id: finding.ruleId, helpUri: finding.url} : {id: finding.ruleId})
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'doc-lint', version, informationUri: 'https://github.com/moby-anatomy/moby-anatomy/tree/main/packages/cli#readme', rules}},
        originalUriBaseIds: {'%SRCROOT%': {uri: './'}},
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIndex.get(finding.ruleId),
          level: sarifSeverity[finding.severity],
          message: {text: finding.message},
          locations: [
            {
              physicalLocation: {
                artifactLocation: {uri: finding.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%'},
                ...(finding.line === null ? {} : {region: region(finding)}),
              },
            },
          ],
        })),
      },
    ],
  }
}

/** A SARIF region: 1-based line and column, the end when known. */
function region(finding: Finding): Record<string, number> {
  const result: Record<string, number> = {startLine: finding.line ?? 1}
  if (finding.column !== null) result['startColumn'] = finding.column
  if (finding.endLine !== null) result['endLine'] = finding.endLine
  if (finding.endColumn !== null) result['endColumn'] = finding.endColumn
  return result
}

const githubSeverity = {error: 'error', warning: 'warning', info: 'notice'} as const

/** One workflow command, `::warning file=…,line=…::message`, escaped as GitHub documents. */
export function githubCommand(finding: Finding): string {
  const properties: [string, string | number | null][] = [
    ['file', finding.file],
    ['line', finding.line],
    ['col', finding.column],
    ['endLine', finding.endLine],
    ['endColumn', finding.endColumn],
    ['title', finding.ruleId],
  ]
  const shown = properties.filter(([, value]) => value !== null).map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${githubSeverity[finding.severity]} ${shown.join(',')}::${escapeData(finding.message)}`
}

/** Escape a workflow command's message. */
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a workflow command's property value. */
function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

/** A Markdown table of every finding, for `$GITHUB_STEP_SUMMARY` (annotations stop at ten per step). */
export function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return '### doc-lint\n\nNo findings.\n'
  const rows = findings.map((finding) => {
    const where = finding.line === null ? finding.file : `${finding.file}:${finding.line}:${finding.column ?? 1}`
    const rule = finding.url ? `[${finding.ruleId}](${finding.url})` : finding.ruleId
    return `| ${cell(where)} | ${finding.severity} | ${cell(rule)} | ${cell(finding.message)} |`
  })
  const count = `${findings.length} finding${findings.length === 1 ? '' : 's'}`
  return ['### doc-lint', '', `${count}:`, '', '| Place | Severity | Rule | Message |', '| --- | --- | --- | --- |', ...rows, ''].join('\n')
}

/** Text safe in a table cell: pipes escaped, line breaks as `<br>`. */
function cell(value: string): string {
  return value.replaceAll('|', '\\|').replaceAll(/\r?\n/g, '<br>')
}

/** This package's version (from `src/` or `dist/` alike). */
export function ownVersion(): string {
  return (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version
}
