/**
 * `heading-style` as a check: reproduces remark-lint-heading-style 4.0.1
 * (`'atx'`, `'atx-closed'`, `'setext'` or `'consistent'`, the default).
 */
import {headingStyle} from 'mdast-util-heading-style'
import {position} from 'unist-util-position'
import type {Check} from '../check.ts'
import {consistentStyle} from './consistent-style.ts'

/** A heading style. */
export type Style = 'atx' | 'atx-closed' | 'setext'

/** The style to expect, or `'consistent'` for the first one used (default: `'consistent'`). */
export type Option = Style | 'consistent' | null | undefined

export const check: Check<Option> = {
  name: 'heading-style',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-heading-style#readme',
  // The stock rule skips phrasing content; headings are never inside it.
  types: ['heading'],
  start(context) {
    const style = consistentStyle(context, {
      ruleId: 'heading-style',
      styles: ['atx', 'atx-closed', 'setext'],
      unexpected: (actual, expected) => 'Unexpected ' + displayStyle(actual) + ' heading, expected ' + displayStyle(expected),
      firstDefined: (heading) => 'Heading style ' + displayStyle(heading) + " first defined for `'consistent'` here",
    })
    return {
      enter(node, ancestors) {
        if (node.type !== 'heading') return
        const place = position(node)
        const actual = headingStyle(node, style.expected)
        // The stock rule takes the first style from a heading with no place, but reports none.
        if (actual && (place || !style.expected)) style.see(actual, node, ancestors, place)
      },
    }
  },
}

/** A style as messages name it. */
function displayStyle(style: Style): string {
  return style === 'atx' ? 'ATX' : style === 'atx-closed' ? 'ATX (closed)' : 'setext'
}
