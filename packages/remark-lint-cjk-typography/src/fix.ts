/**
 * The fixer of `cjk-typography`: applies the findings that carry `expected`
 * to the source text, and only their characters; every other byte (a byte
 * order mark, CRLF line ends, code, URLs) stays as it was. Run to a fixed
 * point, so a second run changes nothing.
 */
import {parseMarkdown, rawOffset} from '@moby-anatomy/markdown-helpers'
import {typographyFindings, type Settings} from './rule.ts'

/** Passes before giving up on a fixed point (a finding that keeps coming back). */
const maximumPasses = 5

/** The text with every deterministic typography finding repaired. */
export function fixTypography(raw: string, settings: Settings): string {
  let current = raw
  for (let pass = 0; pass < maximumPasses; pass++) {
    const next = fixOnce(current, settings)
    if (next === current) return current
    current = next
  }
  return current
}

/** One pass: parse, find, replace from the end so earlier offsets stay true. */
function fixOnce(raw: string, settings: Settings): string {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  const findings = typographyFindings(parseMarkdown(text), text, settings).filter((finding) => finding.expected !== undefined)
  let result = raw
  let limit = Number.POSITIVE_INFINITY
  for (const finding of findings.toSorted((a, b) => b.start - a.start)) {
    // Findings of different text nodes never overlap; within one run scanRun already dropped overlaps.
    if (finding.end > limit) continue
    result = result.slice(0, rawOffset(raw, finding.start)) + (finding.expected ?? '') + result.slice(rawOffset(raw, finding.end))
    limit = finding.start
  }
  return result
}
