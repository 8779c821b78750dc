/**
 * `no-consecutive-blank-lines` keeps its own set of phrasing types (the stock
 * rule asks `mdast-util-phrasing` per node): the two must agree.
 */
import {phrasing} from 'mdast-util-phrasing'
import {describe, expect, it} from 'vitest'
import {phrasingTypes} from './no-consecutive-blank-lines.ts'

describe('phrasing types of no-consecutive-blank-lines', () => {
  it('match mdast-util-phrasing', () => {
    const others = ['root', 'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'code', 'html', 'definition', 'footnoteDefinition', 'table', 'tableRow', 'tableCell', 'thematicBreak', 'yaml', 'toml', 'math', 'containerDirective', 'leafDirective', 'mdxJsxFlowElement']
    for (const type of [...phrasingTypes, ...others]) expect(phrasingTypes.has(type), type).toBe(phrasing({type} as never))
  })
})
