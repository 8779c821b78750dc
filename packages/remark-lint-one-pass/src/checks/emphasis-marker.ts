/**
 * `emphasis-marker` as a check: reproduces remark-lint-emphasis-marker 4.0.1
 * (`'*'`, `'_'` or `'consistent'`, the default).
 */
import {pointStart} from 'unist-util-position'
import {VFileMessage} from 'vfile-message'
import type {Check} from '../check.ts'

/** An emphasis marker. */
export type Marker = '*' | '_'

/** The marker to expect, or `'consistent'` for the first one used (default: `'consistent'`). */
export type Option = Marker | 'consistent' | null | undefined

export const check: Check<Option> = {
  name: 'emphasis-marker',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-emphasis-marker#readme',
  types: ['emphasis'],
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
            report('Unexpected emphasis marker `' + actual + '`, expected `' + expected + '`', {ancestors: [...ancestors, node], cause, place: node.position})
          }
        } else {
          expected = actual
          cause = new VFileMessage("Emphasis marker style `'" + actual + "'` first defined for `'consistent'` here", {
            ancestors: [...ancestors, node],
            place: node.position,
            ruleId: 'emphasis-marker',
            source: 'remark-lint',
          })
        }
      },
    }
  },
}
