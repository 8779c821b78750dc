/**
 * Every check, in the order `@moby-anatomy/remark-preset` lists the stock
 * rules: the walk calls them in this order, as the preset runs the rules.
 */
import type {Check} from '../check.ts'
import {check as codeBlockStyle} from './code-block-style.ts'
import {check as emphasisMarker} from './emphasis-marker.ts'
import {check as fencedCodeFlag} from './fenced-code-flag.ts'
import {check as finalNewline} from './final-newline.ts'
import {check as headingIncrement} from './heading-increment.ts'
import {check as headingStyle} from './heading-style.ts'
import {check as noDuplicateHeadingsInSection} from './no-duplicate-headings-in-section.ts'
import {check as noHeadingPunctuation} from './no-heading-punctuation.ts'
import {check as noMultipleToplevelHeadings} from './no-multiple-toplevel-headings.ts'
import {check as orderedListMarkerStyle} from './ordered-list-marker-style.ts'
import {check as strongMarker} from './strong-marker.ts'
import {check as unorderedListMarkerStyle} from './unordered-list-marker-style.ts'

export const checks: readonly Check[] = [
  noMultipleToplevelHeadings,
  headingIncrement,
  headingStyle,
  noDuplicateHeadingsInSection,
  noHeadingPunctuation,
  codeBlockStyle,
  fencedCodeFlag,
  // Written on branch `one-pass-refs`, merged here in this order:
  // no-empty-url, no-undefined-references, no-unused-definitions, no-duplicate-definitions, table-pipes.
  unorderedListMarkerStyle,
  orderedListMarkerStyle,
  strongMarker,
  emphasisMarker,
  // Written on branch `one-pass-refs`, merged here in this order: hard-break-spaces, no-consecutive-blank-lines.
  finalNewline,
]
