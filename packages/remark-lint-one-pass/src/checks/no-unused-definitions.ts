/**
 * `remark-lint-no-unused-definitions@4.0.2` as a check: a definition (or GFM
 * footnote definition) that no reference uses. Messages come after the walk,
 * footnote definitions first, each kind in the order its identifiers first
 * appear, as the stock rule orders them.
 */
import type {Definition, FootnoteDefinition} from 'mdast'
import type {Check} from '../check.ts'
import {ancestorsOf} from './ancestors-of.ts'

/** What is known of one identifier: its last definition, and whether a reference uses it. */
interface Entry {
  definition: Definition | FootnoteDefinition | undefined
  used: boolean
}

/** The stock rule takes no option. */
export type Option = null | undefined

export const check: Check<Option> = {
  name: 'no-unused-definitions',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-unused-definitions#readme',
  // The node types that have an `identifier`.
  types: ['definition', 'footnoteDefinition', 'linkReference', 'imageReference', 'footnoteReference'],
  start({tree, report}) {
    const footnoteDefinitions = new Map<string, Entry>()
    const definitions = new Map<string, Entry>()

    return {
      enter(node) {
        if (
          node.type !== 'definition' &&
          node.type !== 'footnoteDefinition' &&
          node.type !== 'linkReference' &&
          node.type !== 'imageReference' &&
          node.type !== 'footnoteReference'
        ) {
          return
        }
        const map = node.type === 'footnoteDefinition' || node.type === 'footnoteReference' ? footnoteDefinitions : definitions
        let entry = map.get(node.identifier)
        if (!entry) {
          entry = {definition: undefined, used: false}
          map.set(node.identifier, entry)
        }
        if (node.type === 'definition' || node.type === 'footnoteDefinition') entry.definition = node
        else entry.used = true
      },
      end() {
        for (const entries of [footnoteDefinitions, definitions]) {
          for (const {definition, used} of entries.values()) {
            // An identifier nobody uses was put there by a definition.
            if (used || !definition?.position) continue
            const prefix = definition.type === 'footnoteDefinition' ? 'footnote ' : ''
            report(
              'Unexpected unused ' +
                prefix +
                'definition, expected no definition or one or more ' +
                prefix +
                'references to `' +
                definition.identifier +
                '`',
              {ancestors: ancestorsOf(tree, definition), place: definition.position},
            )
          }
        }
      },
    }
  },
}
