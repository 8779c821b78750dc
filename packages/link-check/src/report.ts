/**
 * Reports of a link check: text grouped by file (`file:line:col  broken link
 * `target` (reason)`), JSON, and GitHub Actions annotations.
 */
import path from 'node:path'
import {oneLine} from '@moby-anatomy/doc-files'
import {code} from '@moby-anatomy/rule-kit'
import type {BrokenLink, LinkCheckResult} from './check.ts'

/** The human report: findings grouped by file (paths relative to `cwd`), then one summary line. */
export function formatText(result: LinkCheckResult, cwd: string): string {
  const lines: string[] = []
  let previous: string | undefined
  for (const finding of result.broken) {
    const file = oneLine(relative(cwd, finding.file))
    if (previous !== undefined && previous !== file) lines.push('')
    previous = file
    lines.push(`${file}:${finding.line}:${finding.column}  broken link ${code(oneLine(finding.target))} (${reasonText(finding)})`)
  }
  if (lines.length > 0) lines.push('')
  lines.push(summary(result))
  return `${lines.join('\n')}\n`
}

/** One line: what was found and what was checked. */
export function summary(result: LinkCheckResult): string {
  const broken = result.broken.length
  const brokenFiles = new Set(result.broken.map((finding) => finding.file)).size
  const {total, local, external, skipped} = result.links
  const found = broken === 0 ? 'no broken links' : `${broken} broken ${broken === 1 ? 'link' : 'links'} in ${brokenFiles} ${brokenFiles === 1 ? 'file' : 'files'}`
  const unreadable = result.unreadable.length === 0 ? '' : `, ${result.unreadable.length} unreadable`
  const skippedText =
    result.mode === 'offline'
      ? `${skipped} external skipped (offline; --external checks them)`
      : `${external - skipped} external checked, ${skipped} skipped by the skip list`
  return `${found}${unreadable}: ${result.files.length} files, ${total} links (${local} local, ${external} external); ${skippedText}`
}

/** The JSON report (paths relative to `cwd`). */
export function formatJson(result: LinkCheckResult, cwd: string): string {
  const report = {
    mode: result.mode,
    passed: result.broken.length === 0 && result.unreadable.length === 0,
    files: result.files.length,
    links: result.links,
    broken: result.broken.map((finding) => ({...finding, file: relative(cwd, finding.file)})),
    unreadable: result.unreadable.map((entry) => ({...entry, file: relative(cwd, entry.file)})),
  }
  return `${JSON.stringify(report, null, 2)}\n`
}

/** GitHub Actions `::error` workflow commands, paths relative to `workspace`. */
export function formatAnnotations(result: LinkCheckResult, workspace: string): string {
  return result.broken
    .map((finding) => {
      const properties = Object.entries({file: relative(workspace, finding.file), line: finding.line, col: finding.column, title: 'broken link'})
        .map(([key, value]) => `${key}=${escapeData(oneLine(String(value))).replace(/:/g, '%3A').replace(/,/g, '%2C')}`)
        .join(',')
      const message = escapeData(`broken link ${code(oneLine(finding.target))} (${reasonText(finding)})`)
      return `::error ${properties}::${message}\n`
    })
    .join('')
}

/** Escape workflow-command data (`%`, CR, LF). */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** The reason, with the suggestion for a missing anchor. */
function reasonText(finding: BrokenLink): string {
  const reason = oneLine(finding.reason)
  return finding.suggestion === undefined ? reason : `${reason}; did you mean ${code(oneLine(`#${finding.suggestion}`))}?`
}

/** A path relative to `from`, with `/` separators. */
function relative(from: string, file: string): string {
  return path.relative(from, file).split(path.sep).join('/')
}
