/**
 * `no-multiple-toplevel-headings` as a check: reproduces
 * remark-lint-no-multiple-toplevel-headings 4.0.1 (its option is the rank of
 * the toplevel heading, default `1`; HTML and JSX headings count).
 */
import type {Heading, Nodes} from 'mdast'
import {VFileMessage} from 'vfile-message'
import type {Check} from '../check.ts'
import {headingRank, rankedTypes} from '../heading-rank.ts'

/** The rank of the toplevel heading (default: `1`). */
export type Option = Heading['depth'] | null | undefined

export const check: Check<Option> = {
  name: 'no-multiple-toplevel-headings',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-multiple-toplevel-headings#readme',
  types: rankedTypes,
  start({option, report}) {
    const toplevel = option || 1
    let firstAncestors: Nodes[] | undefined
    return {
      enter(node, ancestors) {
        const rank = headingRank(node, true)
        if (!rank || !node.position || rank !== toplevel) return
        if (!firstAncestors) {
          firstAncestors = [...ancestors, node]
          return
        }
        const first = firstAncestors.at(-1)
        report('Unexpected duplicate toplevel heading, exected a single heading with rank `' + rank + '`', {
          ancestors: [...ancestors, node],
          cause: new VFileMessage('Toplevel heading already defined here', {
            ancestors: firstAncestors,
            place: first?.position,
            source: 'remark-lint',
            ruleId: 'no-multiple-toplevel-headings',
          }),
          place: node.position,
        })
      },
    }
  },
}
