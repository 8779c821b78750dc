/**
 * `code-block-style` as a check: reproduces remark-lint-code-block-style 4.0.1
 * (`'fenced'`, `'indented'` or `'consistent'`, the default).
 */
import {pointEnd, pointStart} from 'unist-util-position'
import {VFileMessage} from 'vfile-message'
import type {Check} from '../check.ts'

/** A code block style. */
export type Style = 'fenced' | 'indented'

/** The style to expect, or `'consistent'` for the first one used (default: `'consistent'`). */
export type Option = Style | 'consistent' | null | undefined

export const check: Check<Option> = {
  name: 'code-block-style',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-code-block-style#readme',
  // The stock rule skips phrasing content; code blocks are never inside it.
  types: ['code'],
  start({file, option, report}) {
    const value = String(file)
    let cause: VFileMessage | undefined
    let expected: Style | undefined
    if (option === null || option === undefined || option === 'consistent') {
      // Take the first block's style.
    } else if (option === 'indented' || option === 'fenced') {
      expected = option
    } else {
      file.fail('Unexpected value `' + option + "` for `options`, expected `'fenced'`, `'indented'`, or `'consistent'`")
    }
    return {
      enter(node, ancestors) {
        if (node.type !== 'code') return
        const end = pointEnd(node)
        const start = pointStart(node)
        if (!start || !end || typeof start.offset !== 'number' || typeof end.offset !== 'number') return
        const actual: Style = node.lang || /^ {0,3}([`~])/.test(value.slice(start.offset, end.offset)) ? 'fenced' : 'indented'
        if (expected) {
          if (expected !== actual) {
            report('Unexpected ' + actual + ' code block, expected ' + expected + ' code blocks', {ancestors: [...ancestors, node], cause, place: {start, end}})
          }
        } else {
          expected = actual
          cause = new VFileMessage("Code block style `'" + actual + "'` first defined for `'consistent'` here", {
            ancestors: [...ancestors, node],
            place: {start, end},
            source: 'remark-lint',
            ruleId: 'code-block-style',
          })
        }
      },
    }
  },
}
