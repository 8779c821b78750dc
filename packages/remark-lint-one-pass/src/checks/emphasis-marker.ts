/**
 * `emphasis-marker` as a check: reproduces remark-lint-emphasis-marker 4.0.1
 * (`'*'`, `'_'` or `'consistent'`, the default); see `inline-marker.ts`.
 */
import {inlineMarkerCheck} from './inline-marker.ts'

export type {Marker, Option} from './inline-marker.ts'

export const check = inlineMarkerCheck('emphasis')
