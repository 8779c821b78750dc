/**
 * `no-duplicate-headings-in-section` as a check: reproduces
 * remark-lint-no-duplicate-headings-in-section 4.0.1 (no options; JSX headings
 * count, HTML does not; text compared lowercased).
 */
import type {Nodes} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {VFileMessage} from 'vfile-message'
import type {Check} from '../check.ts'
import {headingRank, rankedTypesWithoutHtml} from '../heading-rank.ts'

/** The rule has no options. */
export type Option = null | undefined

export const check: Check<Option> = {
  name: 'no-duplicate-headings-in-section',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-duplicate-headings-in-section#readme',
  types: rankedTypesWithoutHtml,
  start({report}) {
    // By rank − 1: the headings of that rank in the current section, by lowercased text.
    const stack: Map<string, Nodes[]>[] = []
    return {
      enter(node, ancestors) {
        const rank = headingRank(node, false)
        if (!rank) return
        const headingAncestors = [...ancestors, node]
        const value = toString(node).toLowerCase()
        const index = rank - 1
        const seen = stack[index] ?? (stack[index] = new Map())
        const duplicateAncestors = seen.get(value)
        if (node.position && duplicateAncestors) {
          const duplicate = duplicateAncestors.at(-1)
          report('Unexpected heading with equivalent text in section, expected unique headings', {
            ancestors: headingAncestors,
            cause: new VFileMessage('Equivalent heading text defined here', {
              ancestors: duplicateAncestors,
              place: duplicate?.position,
              source: 'remark-lint',
              ruleId: 'no-duplicate-headings-in-section',
            }),
            place: node.position,
          })
        }
        seen.set(value, headingAncestors)
        // Drop deeper sections.
        stack.length = rank
      },
    }
  },
}
