/**
 * `ordered-list-marker-style` as a check: reproduces
 * remark-lint-ordered-list-marker-style 4.0.1 (`'.'`, `')'` or `'consistent'`,
 * the default).
 */
import {asciiDigit} from 'micromark-util-character'
import {pointStart} from 'unist-util-position'
import type {Check} from '../check.ts'
import {consistentStyle} from './consistent-style.ts'

/** An ordered list marker. */
export type Marker = '.' | ')'

/** The marker to expect, or `'consistent'` for the first one used (default: `'consistent'`). */
export type Option = Marker | 'consistent' | null | undefined

export const check: Check<Option> = {
  name: 'ordered-list-marker-style',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-ordered-list-marker-style#readme',
  // The stock rule skips phrasing content; list items are never inside it.
  types: ['listItem'],
  start(context) {
    const value = String(context.file)
    const style = consistentStyle(context, {
      ruleId: 'ordered-list-marker-style',
      styles: ['.', ')'],
      unexpected: (actual, expected) => 'Unexpected ordered list marker `' + actual + '`, expected `' + expected + '`',
      firstDefined: (marker) => 'Ordered list marker style `' + marker + "` first defined for `'consistent'` here",
    })
    return {
      enter(node, ancestors) {
        const parent = ancestors.at(-1)
        if (!parent || parent.type !== 'list' || !parent.ordered) return
        const start = pointStart(node)
        if (!start || typeof start.offset !== 'number') return
        // The marker follows the item's number.
        let index = start.offset
        let code = value.charCodeAt(index)
        while (asciiDigit(code)) code = value.charCodeAt(++index)
        const actual: Marker | undefined = code === 41 /* `)` */ ? ')' : code === 46 /* `.` */ ? '.' : undefined
        if (actual) style.see(actual, node, ancestors, {line: start.line, column: start.column + (index - start.offset), offset: index})
      },
    }
  },
}
