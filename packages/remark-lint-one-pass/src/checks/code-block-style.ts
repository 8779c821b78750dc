/**
 * `code-block-style` as a check: reproduces remark-lint-code-block-style 4.0.1
 * (`'fenced'`, `'indented'` or `'consistent'`, the default).
 */
import {pointEnd, pointStart} from 'unist-util-position'
import type {Check} from '../check.ts'
import {consistentStyle} from './consistent-style.ts'

/** A code block style. */
export type Style = 'fenced' | 'indented'

/** The style to expect, or `'consistent'` for the first one used (default: `'consistent'`). */
export type Option = Style | 'consistent' | null | undefined

export const check: Check<Option> = {
  name: 'code-block-style',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-code-block-style#readme',
  // The stock rule skips phrasing content; code blocks are never inside it.
  types: ['code'],
  start(context) {
    const value = String(context.file)
    const style = consistentStyle(context, {
      ruleId: 'code-block-style',
      styles: ['fenced', 'indented'],
      unexpected: (actual, expected) => 'Unexpected ' + actual + ' code block, expected ' + expected + ' code blocks',
      firstDefined: (block) => "Code block style `'" + block + "'` first defined for `'consistent'` here",
    })
    return {
      enter(node, ancestors) {
        if (node.type !== 'code') return
        const end = pointEnd(node)
        const start = pointStart(node)
        if (!start || !end || typeof start.offset !== 'number' || typeof end.offset !== 'number') return
        const actual: Style = node.lang || /^ {0,3}([`~])/.test(value.slice(start.offset, end.offset)) ? 'fenced' : 'indented'
        style.see(actual, node, ancestors, {start, end})
      },
    }
  },
}
