/**
 * `remark-lint-hard-break-spaces@4.1.1` as a check: a hard break made of more
 * than two spaces, or (with `allowSpaces: false`) of spaces at all.
 */
import type {VFile} from 'vfile'
import type {Check} from '../check.ts'
import {isPoint, offsetOf} from './position.ts'

/** The stock rule's options. */
export interface Options {
  /** Allow trailing spaces as a hard break (default: `true`); `false` asks for a backslash. */
  readonly allowSpaces?: boolean | null | undefined
}

/** What the check takes: the stock rule's options, or none. */
export type Option = Readonly<Options> | null | undefined

export const check: Check<Option> = {
  name: 'hard-break-spaces',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-hard-break-spaces#readme',
  types: ['break'],
  start({file, option, report}) {
    const allowSpaces = allowSpacesOf(option, file)
    // The source, decoded at the first break (a file without breaks needs none).
    let value: string | undefined

    return {
      enter(node) {
        const start = node.position?.start
        const end = node.position?.end
        if (!isPoint(start) || !isPoint(end)) return
        const startOffset = offsetOf(start)
        const endOffset = offsetOf(end)
        if (startOffset === undefined || endOffset === undefined) return

        // Count the spaces the break's own source starts with.
        value ??= String(file)
        const stop = Math.min(endOffset, value.length)
        let index = startOffset
        while (index < stop && value.charCodeAt(index) === 32 /* ` ` */) index++
        const actual = index - startOffset

        if (allowSpaces ? actual > 2 : actual) {
          // The stock rule passes the node itself: ancestors are the node alone.
          report('Unexpected `' + actual + '` spaces for hard break, expected ' + (allowSpaces ? '`2` spaces' : 'escape'), {
            ancestors: [node],
            place: node.position,
          })
        }
      },
    }
  },
}

/** `allowSpaces` as the stock rule reads it; a wrong option fails the file with the stock rule's message. */
function allowSpacesOf(option: unknown, file: VFile): boolean {
  if (option === null || option === undefined) return true
  if (typeof option !== 'object') {
    file.fail('Unexpected value `' + (option as string) + '` for `options`, expected object')
  }
  const allowSpaces = (option as Options).allowSpaces
  if (typeof allowSpaces === 'boolean') return allowSpaces
  if (allowSpaces !== null && allowSpaces !== undefined) {
    file.fail('Unexpected value `' + (allowSpaces as string) + '` for `options.allowSpaces`, expected `boolean`')
  }
  return true
}
