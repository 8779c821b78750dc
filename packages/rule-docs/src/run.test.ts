import {defineRule} from '@moby-anatomy/rule-kit'
import {describe, expect, it} from 'vitest'
import {runCase, type Rule} from './run.ts'

/** A rule that reports every paragraph, last first (so message order is not document order). */
const everyParagraph = defineRule<Record<never, never>>({
  id: 'every-paragraph',
  options: {},
  defaults: {},
  check(tree, _file, _settings, context) {
    for (const node of tree.children.toReversed()) if (node.type === 'paragraph') context.at('Unexpected paragraph, expected none', node, [tree])
  },
})

describe('runCase', () => {
  it('lists messages by position, as reporters do (`5:1` before `10:3`), not as strings (regression: README examples sorted as strings)', async () => {
    const input = ['一', '', '二', '', '三', '', '四', '', '五', '', '  六'].join('\n') + '\n'
    const result = await runCase(everyParagraph as Rule, {name: 'order.md', config: {name: 'order.md'}, input, expected: []})
    expect(result.lines.map((line) => line.split(':').slice(0, 2).join(':'))).toEqual(['1:1-1', '3:1-3', '5:1-5', '7:1-7', '9:1-9', '11:3-11'])
  })
})
