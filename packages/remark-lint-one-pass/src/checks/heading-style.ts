/**
 * `heading-style` as a check: reproduces remark-lint-heading-style 4.0.1
 * (`'atx'`, `'atx-closed'`, `'setext'` or `'consistent'`, the default).
 */
import {headingStyle} from 'mdast-util-heading-style'
import {position} from 'unist-util-position'
import {VFileMessage} from 'vfile-message'
import type {Check} from '../check.ts'

/** A heading style. */
export type Style = 'atx' | 'atx-closed' | 'setext'

/** The style to expect, or `'consistent'` for the first one used (default: `'consistent'`). */
export type Option = Style | 'consistent' | null | undefined

export const check: Check<Option> = {
  name: 'heading-style',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-heading-style#readme',
  // The stock rule skips phrasing content; headings are never inside it.
  types: ['heading'],
  start({file, option, report}) {
    let cause: VFileMessage | undefined
    let expected: Style | undefined
    if (option === null || option === undefined || option === 'consistent') {
      // Take the first heading's style.
    } else if (option === 'atx' || option === 'atx-closed' || option === 'setext') {
      expected = option
    } else {
      file.fail('Unexpected value `' + option + "` for `options`, expected `'atx'`, `'atx-closed'`, `'setext'`, or `'consistent'`")
    }
    return {
      enter(node, ancestors) {
        if (node.type !== 'heading') return
        const place = position(node)
        const actual = headingStyle(node, expected)
        if (!actual) return
        if (expected) {
          if (place && actual !== expected) {
            report('Unexpected ' + displayStyle(actual) + ' heading, expected ' + displayStyle(expected), {ancestors: [...ancestors, node], cause, place})
          }
        } else {
          expected = actual
          cause = new VFileMessage('Heading style ' + displayStyle(expected) + " first defined for `'consistent'` here", {
            ancestors: [...ancestors, node],
            place,
            ruleId: 'heading-style',
            source: 'remark-lint',
          })
        }
      },
    }
  },
}

/** A style as messages name it. */
function displayStyle(style: Style): string {
  return style === 'atx' ? 'ATX' : style === 'atx-closed' ? 'ATX (closed)' : 'setext'
}
