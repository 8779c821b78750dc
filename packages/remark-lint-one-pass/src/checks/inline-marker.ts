/**
 * The shared shape of `emphasis-marker` and `strong-marker` (remark-lint
 * 4.0.1 of each): the character at a node's start is `*` or `_`; with
 * `'consistent'` (the default) the first one used is expected after it.
 * The two stock rules differ only in their node type and their words.
 */
import type {Emphasis, Strong} from 'mdast'
import {pointStart} from 'unist-util-position'
import type {Check} from '../check.ts'
import {consistentStyle} from './consistent-style.ts'

/** An emphasis or strong marker. */
export type Marker = '*' | '_'

/** The marker to expect, or `'consistent'` for the first one used (default: `'consistent'`). */
export type Option = Marker | 'consistent' | null | undefined

/** The check for `type`, named and worded after it (`emphasis-marker`, `Unexpected emphasis marker …`). */
export function inlineMarkerCheck(type: (Emphasis | Strong)['type']): Check<Option> {
  const name = `${type}-marker`
  const capitalised = type.charAt(0).toUpperCase() + type.slice(1)
  return {
    name,
    url: `https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-${name}#readme`,
    types: [type],
    start(context) {
      const value = String(context.file)
      const style = consistentStyle<Marker>(context, {
        ruleId: name,
        styles: ['*', '_'],
        unexpected: (actual, expected) => 'Unexpected ' + type + ' marker `' + actual + '`, expected `' + expected + '`',
        firstDefined: (marker) => capitalised + " marker style `'" + marker + "'` first defined for `'consistent'` here",
      })
      return {
        enter(node, ancestors) {
          const start = pointStart(node)
          if (!start || typeof start.offset !== 'number') return
          const actual = value.charAt(start.offset)
          if (actual === '*' || actual === '_') style.see(actual, node, ancestors, node.position)
        },
      }
    },
  }
}
