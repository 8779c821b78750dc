/**
 * The shared shape of `emphasis-marker` and `strong-marker` (remark-lint
 * 4.0.1 of each): the character at a node's start is `*` or `_`; with
 * `'consistent'` (the default) the first one used is expected after it.
 * The two stock rules differ only in their node type and their words.
 */
import type {Emphasis, Strong} from 'mdast'
import {pointStart} from 'unist-util-position'
import {VFileMessage} from 'vfile-message'
import type {Check} from '../check.ts'

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
    start({file, option, report}) {
      const value = String(file)
      let cause: VFileMessage | undefined
      let expected: Marker | undefined
      if (option === null || option === undefined || option === 'consistent') {
        // Take the first marker used.
      } else if (option === '*' || option === '_') {
        expected = option
      } else {
        file.fail('Unexpected value `' + option + "` for `options`, expected `'*'`, `'_'`, or `'consistent'`")
      }
      return {
        enter(node, ancestors) {
          const start = pointStart(node)
          if (!start || typeof start.offset !== 'number') return
          const actual = value.charAt(start.offset)
          if (actual !== '*' && actual !== '_') return
          if (expected) {
            if (actual !== expected) {
              report('Unexpected ' + type + ' marker `' + actual + '`, expected `' + expected + '`', {ancestors: [...ancestors, node], cause, place: node.position})
            }
          } else {
            expected = actual
            cause = new VFileMessage(capitalised + " marker style `'" + actual + "'` first defined for `'consistent'` here", {
              ancestors: [...ancestors, node],
              place: node.position,
              ruleId: name,
              source: 'remark-lint',
            })
          }
        },
      }
    },
  }
}
