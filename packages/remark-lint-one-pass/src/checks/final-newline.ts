/**
 * `final-newline` as a check: reproduces remark-lint-final-newline 3.0.1 (no
 * options). It reads the file, not the tree, so it takes no part in the walk.
 */
import {location} from 'vfile-location'
import type {Check} from '../check.ts'

/** The rule has no options. */
export type Option = null | undefined

export const check: Check<Option> = {
  name: 'final-newline',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-final-newline#readme',
  start({file, report}) {
    const value = String(file)
    // An empty file is fine.
    if (value.length > 0 && value.charAt(value.length - 1) !== '\n') {
      report('Unexpected missing final newline character, expected line feed (`\\n`) at end of file', {place: location(file).toPoint(value.length)})
    }
    return undefined
  },
}
