/**
 * What five stock rules share (`code-block-style`, `heading-style`,
 * `emphasis-marker`, `strong-marker`, the two list-marker rules): the style
 * is the option, or with `'consistent'` (the default) the first one the
 * document uses; a node in another style is reported, with the first one as
 * the message's cause. Each rule brings its styles and its words.
 */
import type {Nodes, Parents} from 'mdast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {CheckContext} from '../check.ts'

/** What a rule says, in the stock rule's words. */
export interface StyleWords<Style extends string> {
  readonly ruleId: string
  /** The styles the option may name (its error lists them in this order). */
  readonly styles: readonly Style[]
  /** The finding on a node in `actual` where `expected` is wanted. */
  readonly unexpected: (actual: Style, expected: Style) => string
  /** The cause's reason: the node `'consistent'` took `style` from. */
  readonly firstDefined: (style: Style) => string
}

/** The style of one file: the expected one so far, and what each node's style says of it. */
export interface ConsistentStyle<Style extends string> {
  /** The style given, or the first one seen; `undefined` before it. */
  readonly expected: Style | undefined
  /** A node in `actual` at `place`: reported when another style is expected, else it sets the style. */
  see(actual: Style, node: Nodes, ancestors: readonly Parents[], place: Position | Point | undefined): void
}

/** Read the option (failing the file on a wrong one, as the stock rule does) and follow the style through the file. */
export function consistentStyle<Style extends string>(context: Pick<CheckContext<unknown>, 'file' | 'option' | 'report'>, words: StyleWords<Style>): ConsistentStyle<Style> {
  const {file, option, report} = context
  let expected: Style | undefined
  let cause: VFileMessage | undefined
  if (option === null || option === undefined || option === 'consistent') {
    // Take the first style used.
  } else if (words.styles.includes(option as Style)) {
    expected = option as Style
  } else {
    failOption(file, option, words.styles)
  }
  return {
    get expected() {
      return expected
    },
    see(actual, node, ancestors, place) {
      if (expected) {
        if (actual !== expected) report(words.unexpected(actual, expected), {ancestors: [...ancestors, node], cause, place})
      } else {
        expected = actual
        cause = new VFileMessage(words.firstDefined(actual), {ancestors: [...ancestors, node], place, ruleId: words.ruleId, source: 'remark-lint'})
      }
    },
  }
}

function failOption(file: VFile, option: unknown, styles: readonly string[]): never {
  file.fail('Unexpected value `' + (option as string) + '` for `options`, expected ' + styles.map((style) => "`'" + style + "'`, ").join('') + "or `'consistent'`")
}
