/**
 * `no-heading-punctuation` as a check: reproduces
 * remark-lint-no-heading-punctuation 4.0.1 (a string of characters, wrapped in
 * `[…]`, or a `RegExp`; default `/[!,.:;?]/u`; JSX headings count).
 */
import {toString} from 'mdast-util-to-string'
import type {Check} from '../check.ts'
import {isJsxHeading} from '../heading-rank.ts'

/** Characters a heading may not end in (used as `new RegExp('[' + option + ']', 'u')`), or a pattern for the last character. */
export type Option = RegExp | string | null | undefined

const defaultExpression = /[!,.:;?]/u

export const check: Check<Option> = {
  name: 'no-heading-punctuation',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-heading-punctuation#readme',
  types: ['heading', 'mdxJsxFlowElement', 'mdxJsxTextElement'],
  start({file, option, report}) {
    let expected = defaultExpression
    if (option === null || option === undefined) {
      // The default.
    } else if (typeof option === 'string') {
      expected = new RegExp('[' + option + ']', 'u')
    } else if (typeof option === 'object' && 'source' in option) {
      // A fresh pattern per file, as the stock rule makes (a `g` flag keeps its state within the file only).
      expected = new RegExp(option.source, (option as {flags?: string}).flags ?? 'u')
    } else {
      file.fail('Unexpected value `' + option + '` for `options`, expected `RegExp` or `string`')
    }
    return {
      enter(node, ancestors) {
        if (!node.position || (node.type !== 'heading' && !isJsxHeading(node))) return
        const tail = Array.from(toString(node)).at(-1)
        if (tail && expected.test(tail)) {
          report('Unexpected character `' + tail + '` at end of heading, remove it', {ancestors: [...ancestors, node], place: node.position})
        }
      },
    }
  },
}
