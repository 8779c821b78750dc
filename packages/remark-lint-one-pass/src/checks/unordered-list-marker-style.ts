/**
 * `unordered-list-marker-style` as a check: reproduces
 * remark-lint-unordered-list-marker-style 4.0.1 (`'*'`, `'+'`, `'-'` or
 * `'consistent'`, the default).
 */
import {pointStart} from 'unist-util-position'
import type {Check} from '../check.ts'
import {consistentStyle} from './consistent-style.ts'

/** An unordered list marker. */
export type Marker = '*' | '+' | '-'

/** The marker to expect, or `'consistent'` for the first one used (default: `'consistent'`). */
export type Option = Marker | 'consistent' | null | undefined

export const check: Check<Option> = {
  name: 'unordered-list-marker-style',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-unordered-list-marker-style#readme',
  // The stock rule skips phrasing content; list items are never inside it.
  types: ['listItem'],
  start(context) {
    const value = String(context.file)
    const style = consistentStyle(context, {
      ruleId: 'unordered-list-marker-style',
      styles: ['*', '+', '-'],
      unexpected: (actual, expected) => 'Unexpected unordered list marker `' + actual + '`, expected `' + expected + '`',
      firstDefined: (marker) => 'Unordered list marker style `' + marker + "` first defined for `'consistent'` here",
    })
    return {
      enter(node, ancestors) {
        const parent = ancestors.at(-1)
        if (!parent || parent.type !== 'list' || parent.ordered) return
        const place = pointStart(node)
        if (!place || typeof place.offset !== 'number') return
        const code = value.charCodeAt(place.offset)
        const actual: Marker | undefined = code === 42 /* `*` */ ? '*' : code === 43 /* `+` */ ? '+' : code === 45 /* `-` */ ? '-' : undefined
        if (actual) style.see(actual, node, ancestors, place)
      },
    }
  },
}
