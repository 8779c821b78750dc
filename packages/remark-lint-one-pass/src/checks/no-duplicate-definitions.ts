/**
 * `remark-lint-no-duplicate-definitions@4.0.1` as a check: a definition (or
 * GFM footnote definition) whose identifier an earlier one already has; the
 * message's `cause` points at the last earlier one.
 */
import type {Definition, FootnoteDefinition, Nodes, Parents} from 'mdast'
import {phrasing} from 'mdast-util-phrasing'
import {VFileMessage} from 'vfile-message'
import type {Check} from '../check.ts'
import {ancestorsOf} from './ancestors-of.ts'

/** The stock rule takes no option. */
export type Option = null | undefined

export const check: Check<Option> = {
  name: 'no-duplicate-definitions',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-duplicate-definitions#readme',
  types: ['definition', 'footnoteDefinition'],
  start({tree, report}) {
    // Identifier → the last definition seen with it.
    const definitions = new Map<string, Definition>()
    const footnoteDefinitions = new Map<string, FootnoteDefinition>()

    return {
      enter(node, ancestors) {
        if (node.type !== 'definition' && node.type !== 'footnoteDefinition') return
        const identifier = node.identifier
        if (!identifier || !node.position || insidePhrasing(ancestors)) return

        const duplicate = node.type === 'definition' ? definitions.get(identifier) : footnoteDefinitions.get(identifier)
        if (duplicate) {
          report(
            'Unexpected ' +
              (node.type === 'footnoteDefinition' ? 'footnote ' : '') +
              'definition with an already defined identifier (`' +
              identifier +
              '`), expected unique identifiers',
            {
              ancestors: [...ancestors, node],
              cause: new VFileMessage('Identifier already defined here', {
                ancestors: ancestorsOf(tree, duplicate),
                place: duplicate.position,
                source: 'remark-lint',
                ruleId: 'no-duplicate-definitions',
              }),
              place: node.position,
            },
          )
        }

        if (node.type === 'definition') definitions.set(identifier, node)
        else footnoteDefinitions.set(identifier, node)
      },
    }
  },
}

/** Whether a node with these ancestors lies inside phrasing, where the stock rule does not walk. */
function insidePhrasing(ancestors: readonly Parents[]): boolean {
  for (const ancestor of ancestors) if (phrasing(ancestor as Nodes)) return true
  return false
}
