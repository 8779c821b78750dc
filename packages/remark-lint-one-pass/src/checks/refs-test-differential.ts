/**
 * The differential judge for the reference, table, break and blank-line
 * checks: parse once as the preset does (GFM, YAML and TOML front matter),
 * lint with the stock rule and with the check, and compare the messages field
 * by field. Used by `refs.test.ts`; also importable by a local run over
 * larger corpora.
 */
import type {Root} from 'mdast'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLintHardBreakSpaces from 'remark-lint-hard-break-spaces'
import remarkLintNoConsecutiveBlankLines from 'remark-lint-no-consecutive-blank-lines'
import remarkLintNoDuplicateDefinitions from 'remark-lint-no-duplicate-definitions'
import remarkLintNoEmptyUrl from 'remark-lint-no-empty-url'
import remarkLintNoUndefinedReferences from 'remark-lint-no-undefined-references'
import remarkLintNoUnusedDefinitions from 'remark-lint-no-unused-definitions'
import remarkLintTablePipes from 'remark-lint-table-pipes'
import type {Plugin} from 'unified'
import type {Node, Position} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Check} from '../check.ts'
import {check as hardBreakSpaces} from './hard-break-spaces.ts'
import {check as noConsecutiveBlankLines} from './no-consecutive-blank-lines.ts'
import {check as noDuplicateDefinitions} from './no-duplicate-definitions.ts'
import {check as noEmptyUrl} from './no-empty-url.ts'
import {check as noUndefinedReferences} from './no-undefined-references.ts'
import {check as noUnusedDefinitions} from './no-unused-definitions.ts'
import {check as tablePipes} from './table-pipes.ts'
import {runChecks} from './refs-test-walk.ts'

/** A check and the stock rule that judges it. */
export interface Pair {
  readonly check: Check<any>
  readonly stock: Plugin<[any?], Root>
  /** The stock package's folder name. */
  readonly packageName: string
}

export const pairs: readonly Pair[] = [
  {check: noEmptyUrl, stock: remarkLintNoEmptyUrl, packageName: 'remark-lint-no-empty-url'},
  {check: noUndefinedReferences, stock: remarkLintNoUndefinedReferences, packageName: 'remark-lint-no-undefined-references'},
  {check: noUnusedDefinitions, stock: remarkLintNoUnusedDefinitions, packageName: 'remark-lint-no-unused-definitions'},
  {check: noDuplicateDefinitions, stock: remarkLintNoDuplicateDefinitions, packageName: 'remark-lint-no-duplicate-definitions'},
  {check: tablePipes, stock: remarkLintTablePipes, packageName: 'remark-lint-table-pipes'},
  {check: hardBreakSpaces, stock: remarkLintHardBreakSpaces, packageName: 'remark-lint-hard-break-spaces'},
  {check: noConsecutiveBlankLines, stock: remarkLintNoConsecutiveBlankLines, packageName: 'remark-lint-no-consecutive-blank-lines'},
]

const parser = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

/** Parse as the preset does. */
export function parse(value: string): Root {
  return parser.parse(value)
}

/** A copy of `tree` without positions, as a plugin might leave it. */
export function withoutPositions(tree: Root): Root {
  const copy = structuredClone(tree)
  strip(copy)
  return copy

  function strip(node: Node & {children?: Node[]}): void {
    delete node.position
    if (node.children) for (const child of node.children) strip(child)
  }
}

/** The stock rule's messages on `tree`, compared form, sorted. */
export function stockMessages(tree: Root, value: string, pair: Pair, option: unknown): string[] {
  const file = new VFile({path: 'example.md', value})
  remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(pair.stock, option).runSync(tree, file)
  return compared(file.messages)
}

/** The check's messages on `tree` through the test walk, compared form, sorted. */
export function checkMessages(tree: Root, value: string, pair: Pair, option: unknown): string[] {
  const file = new VFile({path: 'example.md', value})
  runChecks(tree, file, [{check: pair.check, option}])
  return compared(file.messages)
}

/** Messages as strings of every compared field, sorted by line, column, rule and reason. */
export function compared(messages: readonly VFileMessage[]): string[] {
  return [...messages]
    .sort(
      (a, b) =>
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        String(a.ruleId).localeCompare(String(b.ruleId)) ||
        a.reason.localeCompare(b.reason),
    )
    .map((message) =>
      show({
        reason: message.reason,
        ruleId: message.ruleId,
        source: message.source,
        url: message.url,
        fatal: message.fatal,
        line: message.line,
        column: message.column,
        place: message.place,
        ancestors: message.ancestors?.map(nodeKey),
        cause: causeOf(message.cause),
      }),
    )
}

/** A node as compared: type and source range. */
function nodeKey(node: Node): [string, number | undefined, number | undefined] {
  return [node.type, node.position?.start.offset, node.position?.end.offset]
}

/** The compared fields of a message's cause (a message or an error). */
function causeOf(cause: unknown): unknown {
  if (cause === undefined) return undefined
  const value = cause as Partial<VFileMessage> & {message?: string; place?: Position}
  return {
    reason: value.reason ?? value.message,
    place: value.place,
    ruleId: value.ruleId,
    source: value.source,
    ancestors: value.ancestors?.map(nodeKey),
  }
}

/** JSON that keeps keys whose value is `undefined`, so `{offset: undefined}` differs from `{}`. */
function show(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) => (field === undefined ? '<undefined>' : field))
}

/** Inputs and options compared, and what differed. */
export interface Tally {
  messages: number
  runs: number
  mismatches: string[]
}

/** Compare every pair with each of its options on one document; record differences in `tally`. */
export function compareDocument(
  name: string,
  value: string,
  optionsOf: (pair: Pair) => readonly unknown[],
  tally: Tally,
  tree: Root = parse(value),
): void {
  for (const pair of pairs) {
    for (const option of optionsOf(pair)) {
      const expected = stockMessages(tree, value, pair, option)
      const actual = checkMessages(tree, value, pair, option)
      tally.runs++
      tally.messages += expected.length
      if (actual.join('\n') !== expected.join('\n')) {
        const firstDifference = expected.findIndex((line, index) => actual[index] !== line)
        const at = firstDifference === -1 ? expected.length : firstDifference
        tally.mismatches.push(
          `${name} ${pair.check.name} ${show(option)}: ${expected.length} stock, ${actual.length} check; first difference:\n` +
            `  stock: ${expected[at] ?? '(none)'}\n  check: ${actual[at] ?? '(none)'}`,
        )
      }
    }
  }
}
