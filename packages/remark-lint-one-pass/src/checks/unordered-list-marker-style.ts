/**
 * `unordered-list-marker-style` as a check: reproduces
 * remark-lint-unordered-list-marker-style 4.0.1 (`'*'`, `'+'`, `'-'` or
 * `'consistent'`, the default).
 */
import {pointStart} from 'unist-util-position'
import {VFileMessage} from 'vfile-message'
import type {Check} from '../check.ts'

/** An unordered list marker. */
export type Marker = '*' | '+' | '-'

/** The marker to expect, or `'consistent'` for the first one used (default: `'consistent'`). */
export type Option = Marker | 'consistent' | null | undefined

export const check: Check<Option> = {
  name: 'unordered-list-marker-style',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-unordered-list-marker-style#readme',
  // The stock rule skips phrasing content; list items are never inside it.
  types: ['listItem'],
  start({file, option, report}) {
    const value = String(file)
    let expected: Marker | undefined
    let cause: VFileMessage | undefined
    if (option === null || option === undefined || option === 'consistent') {
      // Take the first item's marker.
    } else if (option === '*' || option === '+' || option === '-') {
      expected = option
    } else {
      file.fail('Unexpected value `' + option + "` for `options`, expected `'*'`, `'+'`, `'-'`, or `'consistent'`")
    }
    return {
      enter(node, ancestors) {
        const parent = ancestors.at(-1)
        if (!parent || parent.type !== 'list' || parent.ordered) return
        const place = pointStart(node)
        if (!place || typeof place.offset !== 'number') return
        const code = value.charCodeAt(place.offset)
        const actual: Marker | undefined = code === 42 /* `*` */ ? '*' : code === 43 /* `+` */ ? '+' : code === 45 /* `-` */ ? '-' : undefined
        if (!actual) return
        if (expected) {
          if (actual !== expected) {
            report('Unexpected unordered list marker `' + actual + '`, expected `' + expected + '`', {ancestors: [...ancestors, node], cause, place})
          }
        } else {
          expected = actual
          cause = new VFileMessage('Unordered list marker style `' + expected + "` first defined for `'consistent'` here", {
            ancestors: [...ancestors, node],
            place,
            ruleId: 'unordered-list-marker-style',
            source: 'remark-lint',
          })
        }
      },
    }
  },
}
