/**
 * `heading-increment` as a check: reproduces remark-lint-heading-increment
 * 4.0.1 (no options; HTML and JSX headings count).
 */
import type {Nodes} from 'mdast'
import {VFileMessage} from 'vfile-message'
import type {Check} from '../check.ts'
import {headingRank, rankedTypes} from '../heading-rank.ts'

/** The rule has no options. */
export type Option = null | undefined

export const check: Check<Option> = {
  name: 'heading-increment',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-heading-increment#readme',
  types: rankedTypes,
  start({report}) {
    // By rank: the ancestors (heading last) of the latest heading of that rank in the current section.
    const stack: (Nodes[] | undefined)[] = []
    return {
      enter(node, ancestors) {
        const rank = headingRank(node, true)
        if (!rank) return
        let closestAncestors: Nodes[] | undefined
        let index = rank
        while (index--) {
          if (stack[index]) {
            closestAncestors = stack[index]
            break
          }
        }
        if (closestAncestors) {
          const parent = closestAncestors.at(-1)
          const parentRank = parent ? (headingRank(parent, true) ?? 0) : 0
          if (node.position && rank > parentRank + 1) {
            report('Unexpected heading rank `' + rank + '`, exected rank `' + (parentRank + 1) + '`', {
              ancestors: [...ancestors, node],
              cause: new VFileMessage('Parent heading defined here', {
                ancestors: closestAncestors,
                place: parent?.position,
                source: 'remark-lint',
                ruleId: 'heading-increment',
              }),
              place: node.position,
            })
          }
        }
        stack[rank] = [...ancestors, node]
        // Drop deeper sections.
        stack.length = rank + 1
      },
    }
  },
}
