/**
 * Every check, in the order `@moby-anatomy/remark-preset` lists the stock
 * rules: the walk calls them in this order, as the preset runs the rules.
 */
import type {Check} from '../check.ts'
import {check as codeBlockStyle} from './code-block-style.ts'
import {check as emphasisMarker} from './emphasis-marker.ts'
import {check as fencedCodeFlag} from './fenced-code-flag.ts'
import {check as finalNewline} from './final-newline.ts'
import {check as hardBreakSpaces} from './hard-break-spaces.ts'
import {check as headingIncrement} from './heading-increment.ts'
import {check as headingStyle} from './heading-style.ts'
import {check as noConsecutiveBlankLines} from './no-consecutive-blank-lines.ts'
import {check as noDuplicateDefinitions} from './no-duplicate-definitions.ts'
import {check as noDuplicateHeadingsInSection} from './no-duplicate-headings-in-section.ts'
import {check as noEmptyUrl} from './no-empty-url.ts'
import {check as noHeadingPunctuation} from './no-heading-punctuation.ts'
import {check as noMultipleToplevelHeadings} from './no-multiple-toplevel-headings.ts'
import {check as noUndefinedReferences} from './no-undefined-references.ts'
import {check as noUnusedDefinitions} from './no-unused-definitions.ts'
import {check as orderedListMarkerStyle} from './ordered-list-marker-style.ts'
import {check as strongMarker} from './strong-marker.ts'
import {check as tablePipes} from './table-pipes.ts'
import {check as unorderedListMarkerStyle} from './unordered-list-marker-style.ts'

export const checks: readonly Check[] = [
  noMultipleToplevelHeadings,
  headingIncrement,
  headingStyle,
  noDuplicateHeadingsInSection,
  noHeadingPunctuation,
  codeBlockStyle,
  fencedCodeFlag,
  noEmptyUrl,
  noUndefinedReferences,
  noUnusedDefinitions,
  noDuplicateDefinitions,
  tablePipes,
  unorderedListMarkerStyle,
  orderedListMarkerStyle,
  strongMarker,
  emphasisMarker,
  hardBreakSpaces,
  noConsecutiveBlankLines,
  finalNewline,
]
