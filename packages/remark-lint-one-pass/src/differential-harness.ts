/**
 * The judge of this package: run a stock remark-lint rule and the one-pass
 * plugin with only that rule on over the same tree, and compare every message
 * field that matters (reason, ruleId, source, url, fatal, line, column, place,
 * ancestors as `[type, start offset]`, cause). Used by `differential.test.ts`
 * and by `bench/differential.ts` (any folder of Markdown).
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import {controlPictures} from 'control-pictures'
import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLintCodeBlockStyle from 'remark-lint-code-block-style'
import remarkLintEmphasisMarker from 'remark-lint-emphasis-marker'
import remarkLintFencedCodeFlag, {checkGithubLinguistFlag} from 'remark-lint-fenced-code-flag'
import remarkLintFinalNewline from 'remark-lint-final-newline'
import remarkLintHardBreakSpaces from 'remark-lint-hard-break-spaces'
import remarkLintHeadingIncrement from 'remark-lint-heading-increment'
import remarkLintHeadingStyle from 'remark-lint-heading-style'
import remarkLintNoConsecutiveBlankLines from 'remark-lint-no-consecutive-blank-lines'
import remarkLintNoDuplicateDefinitions from 'remark-lint-no-duplicate-definitions'
import remarkLintNoDuplicateHeadingsInSection from 'remark-lint-no-duplicate-headings-in-section'
import remarkLintNoEmptyUrl from 'remark-lint-no-empty-url'
import remarkLintNoHeadingPunctuation from 'remark-lint-no-heading-punctuation'
import remarkLintNoMultipleToplevelHeadings from 'remark-lint-no-multiple-toplevel-headings'
import remarkLintNoUndefinedReferences from 'remark-lint-no-undefined-references'
import remarkLintNoUnusedDefinitions from 'remark-lint-no-unused-definitions'
import remarkLintOrderedListMarkerStyle from 'remark-lint-ordered-list-marker-style'
import remarkLintStrongMarker from 'remark-lint-strong-marker'
import remarkLintTablePipes from 'remark-lint-table-pipes'
import remarkLintUnorderedListMarkerStyle from 'remark-lint-unordered-list-marker-style'
import remarkMdx from 'remark-mdx'
import type {Plugin, Processor} from 'unified'
import type {Point, Position} from 'unist'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import remarkLintOnePass from './index.ts'

/** A stock rule, taking any setting (the judge is given wrong ones too). */
type StockRule = Plugin<[unknown?], Root>

/** The stock rule behind each check: the judge. */
export const stockRules = {
  'no-multiple-toplevel-headings': remarkLintNoMultipleToplevelHeadings,
  'heading-increment': remarkLintHeadingIncrement,
  'heading-style': remarkLintHeadingStyle,
  'no-duplicate-headings-in-section': remarkLintNoDuplicateHeadingsInSection,
  'no-heading-punctuation': remarkLintNoHeadingPunctuation,
  'code-block-style': remarkLintCodeBlockStyle,
  'fenced-code-flag': remarkLintFencedCodeFlag,
  'no-empty-url': remarkLintNoEmptyUrl,
  'no-undefined-references': remarkLintNoUndefinedReferences,
  'no-unused-definitions': remarkLintNoUnusedDefinitions,
  'no-duplicate-definitions': remarkLintNoDuplicateDefinitions,
  'table-pipes': remarkLintTablePipes,
  'unordered-list-marker-style': remarkLintUnorderedListMarkerStyle,
  'ordered-list-marker-style': remarkLintOrderedListMarkerStyle,
  'strong-marker': remarkLintStrongMarker,
  'emphasis-marker': remarkLintEmphasisMarker,
  'hard-break-spaces': remarkLintHardBreakSpaces,
  'no-consecutive-blank-lines': remarkLintNoConsecutiveBlankLines,
  'final-newline': remarkLintFinalNewline,
} as unknown as Readonly<Record<string, StockRule>>

/** The preset's setting of each rule (`undefined`: none), as `@moby-anatomy/remark-preset` passes it. */
export const presetSettings: Readonly<Record<string, unknown>> = {
  'heading-style': 'atx',
  'no-heading-punctuation': '.,;:!?。，；：！？、',
  'code-block-style': 'fenced',
  'unordered-list-marker-style': '-',
  'ordered-list-marker-style': '.',
  'strong-marker': '*',
  'emphasis-marker': '*',
}

/** Every setting tried per rule on every input: each option the stock rule documents, a wrong one, and severities. */
export const settingsToTry: Readonly<Record<string, readonly unknown[]>> = {
  'no-multiple-toplevel-headings': [undefined, 0, 1, 2, 3, [2, 1], ['warn', 2]],
  'heading-increment': [undefined, ['error'], ['off']],
  'heading-style': [undefined, 'consistent', 'atx', 'atx-closed', 'setext', '🌍', ['error', 'setext'], [1, 'consistent'], null],
  'no-duplicate-headings-in-section': [undefined, [2]],
  'no-heading-punctuation': [undefined, '.,;:!?。，；：！？、', ',;:!?', {source: '[^A-Za-z0-9]'}, /[!?.]/g, /\p{P}/u, 1, [2, '。']],
  'code-block-style': [undefined, 'consistent', 'fenced', 'indented', '🌍', ['error', 'indented']],
  'fenced-code-flag': [undefined, {allowEmpty: true}, {allowEmpty: false}, ['markdown'], ['javascript', 'markdown', 'mdx', 'typescript'], ['go', 'sh', 'text'], {flags: ['go', 'sh']}, checkGithubLinguistFlag, throwsOnGo, '🌍', [2, ['go']], null],
  'no-empty-url': [undefined, ['error'], ['off']],
  'no-undefined-references': [
    undefined,
    {allow: ['…']},
    {allow: [{source: '^mer'}, 'venus']},
    {allowShortcutLink: true},
    {allowShortcutLink: true, allow: ['foo']},
    // Labels compared as identifiers (case, inner white space, `ß`), `RegExp`s, and a `g` flag that keeps state between calls.
    {allow: ['Foo  Bar', /^b/, {source: '^x', flags: 'g'}, {source: 'ß'}]},
    // Wrong: `allow` not an array, an entry that is neither string nor expression, an expression that does not compile, no object.
    {allow: 'mercury'},
    {allow: [null]},
    {allow: [{source: '('}]},
    'not an object',
    ['error', {allowShortcutLink: true}],
  ],
  'no-unused-definitions': [undefined, ['error'], ['off']],
  'no-duplicate-definitions': [undefined, ['error'], ['off']],
  'table-pipes': [undefined, ['error'], ['off']],
  'unordered-list-marker-style': [undefined, 'consistent', '*', '+', '-', '🌍', ['on', '*']],
  'ordered-list-marker-style': [undefined, 'consistent', '.', ')', '🌍', [2, ')']],
  'strong-marker': [undefined, 'consistent', '*', '_', '🌍', ['error', '_']],
  'emphasis-marker': [undefined, 'consistent', '*', '_', '🌍', ['warn', '_']],
  'hard-break-spaces': [undefined, {allowSpaces: true}, {allowSpaces: false}, '🌍', {allowSpaces: '🌍'}, {allowSpaces: null}, {allowSpaces: 0}, null, 3, [], ['error', {allowSpaces: false}]],
  'no-consecutive-blank-lines': [undefined, ['error'], ['off']],
  'final-newline': [undefined, [2], ['off']],
}

/** A `fenced-code-flag` check that throws on `go`: a rule that fails halfway reports its error and stops, the others go on. */
function throwsOnGo(value: string): undefined {
  if (value === 'go') throw new Error('Unexpected flag `go` in this check')
  return undefined
}

/** A Markdown document to compare on. */
export interface Input {
  readonly name: string
  readonly value: string
}

/** A message reduced to the fields compared. */
export interface ComparedMessage {
  readonly reason: string
  readonly ruleId: string | undefined
  readonly source: string | undefined
  readonly url: string | undefined
  readonly fatal: boolean | null | undefined
  readonly line: number | undefined
  readonly column: number | undefined
  readonly place: unknown
  readonly ancestors: readonly (readonly [string, number | undefined])[] | undefined
  readonly cause: unknown
}

/** What a run gave: the messages, or the error that stopped it (a wrong severity stops the processor). */
export type Outcome = {readonly messages: readonly ComparedMessage[]} | {readonly error: string}

/** One difference between the stock rule and the one-pass plugin. */
export interface Mismatch {
  readonly rule: string
  readonly setting: string
  readonly input: string
  readonly stock: Outcome
  readonly onePass: Outcome
}

/** The tally of a comparison. */
export interface Tally {
  /** Messages compared (the stock rule's), by rule. */
  readonly messages: Map<string, number>
  readonly runs: number
  readonly mismatches: Mismatch[]
}

/** A new, empty tally. */
export function createTally(): Tally {
  return {messages: new Map(), runs: 0, mismatches: []}
}

/** The count of messages compared in `tally`, all rules. */
export function messageCount(tally: Tally): number {
  let total = 0
  for (const count of tally.messages.values()) total += count
  return total
}

const parsers = {
  md: remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']),
  mdx: remark().use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']),
}

/** Parse `input` as the preset does (MDX for `.mdx` names). */
export function parse(input: Input): Root {
  return (input.name.endsWith('.mdx') ? parsers.mdx : parsers.md).parse(input.value)
}

/** Processors by rule and setting, made once. */
const processors = new Map<string, {stock: Processor<Root, Root, Root>; onePass: Processor<Root, Root, Root>}>()

/** Compare `rule` with `setting` on `input` (already parsed as `tree`), adding to `tally`. */
export function compareOn(tally: Tally, rule: string, setting: unknown, input: Input, tree: Root): void {
  const key = rule + '\0' + settingLabel(setting)
  let pair = processors.get(key)
  if (!pair) {
    const stockRule = stockRules[rule]
    if (!stockRule) throw new Error('Unexpected rule `' + rule + '`, expected one of the stock rules')
    pair = {
      stock: remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(stockRule, setting) as never,
      // `.use(rule)` is `{[rule]: true}` here: an absent or `undefined` setting is off.
      onePass: remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkLintOnePass, {[rule]: setting === undefined ? true : setting} as never) as never,
    }
    processors.set(key, pair)
  }
  const stock = outcome(pair.stock, tree, input)
  const onePass = outcome(pair.onePass, tree, input)
  ;(tally as {runs: number}).runs++
  if ('messages' in stock) tally.messages.set(rule, (tally.messages.get(rule) ?? 0) + stock.messages.length)
  if (!sameOutcome(stock, onePass)) {
    tally.mismatches.push({rule, setting: settingLabel(setting), input: input.name, stock, onePass})
  }
}

/** Whether two outcomes agree in every compared field, message for message. */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Compare every rule with every setting to try on `input`, and again on its tree without positions (unless `positionless` is `false`). */
export function compareAll(tally: Tally, input: Input, rules: readonly string[] = Object.keys(stockRules), positionless = true): void {
  const tree = parse(input)
  const bare = positionless ? structuredClone(tree) : undefined
  if (bare) dropPositions(bare)
  for (const rule of rules) {
    for (const setting of settingsToTry[rule] ?? []) {
      compareOn(tally, rule, setting, input, tree)
      if (bare) compareOn(tally, rule, setting, {name: input.name + ' (no positions)', value: input.value}, bare)
    }
  }
}

/** Run `processor` on `tree` for a fresh file of `input`: its messages as compared, sorted. */
export function outcome(processor: Processor<Root, Root, Root>, tree: Root, input: Input): Outcome {
  const file = new VFile({path: input.name, value: input.value})
  try {
    processor.runSync(tree, file)
  } catch (error) {
    if (!(error instanceof VFileMessage)) return {error: String(error)}
  }
  return {messages: file.messages.map(compared).sort(byPlace)}
}

/** The fields of `message` the judge compares. */
function compared(message: VFileMessage): ComparedMessage {
  return {
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    url: message.url,
    fatal: message.fatal,
    line: message.line,
    column: message.column,
    place: placeOf(message.place),
    ancestors: message.ancestors?.map((node) => [node.type, node.position?.start.offset] as const),
    cause: causeOf(message.cause),
  }
}

/** A cause as compared: a message's reason, place, ruleId, source and ancestors; an error's name and message. */
function causeOf(cause: unknown): unknown {
  if (cause instanceof VFileMessage) {
    return {
      reason: cause.reason,
      place: placeOf(cause.place),
      ruleId: cause.ruleId,
      source: cause.source,
      ancestors: cause.ancestors?.map((node) => [node.type, node.position?.start.offset]),
    }
  }
  if (cause instanceof Error) return {error: cause.name + ': ' + cause.message}
  return cause === undefined ? undefined : String(cause)
}

/** A place as plain data. */
function placeOf(place: Point | Position | null | undefined): unknown {
  if (!place) return undefined
  const point = (at: Point) => [at.line, at.column, at.offset]
  return 'start' in place ? {start: point(place.start), end: point(place.end)} : point(place)
}

/** Reporter order: line, column, then rule and reason (stable for the rest). */
function byPlace(a: ComparedMessage, b: ComparedMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)) || a.reason.localeCompare(b.reason)
}

/** A setting as text, for mismatch reports and processor keys. */
export function settingLabel(setting: unknown): string {
  if (typeof setting === 'function') return '[function ' + setting.name + ']'
  if (setting instanceof RegExp) return String(setting)
  return JSON.stringify(setting) ?? 'undefined'
}

/** Remove every position (as `unist-util-remove-position` with `force`), in place. */
function dropPositions(node: Nodes): void {
  delete (node as {position?: unknown}).position
  if ('children' in node) for (const child of node.children) dropPositions(child)
}

/** One example of a stock rule's readme: its input (absent for option-only examples) and the option it shows. */
export interface ReadmeExample {
  readonly name: string
  readonly input: string | undefined
  /** The option shown (`When configured with …`), if any. */
  readonly setting: {readonly shown: string; readonly value: unknown} | undefined
}

/**
 * The examples of a stock rule's `readme.md` (`##### \`name\``, `When
 * configured with \`option\``, `###### In` and its code block), read from the
 * readme's own syntax tree. Control pictures in the input (`␊`, `␉`, …) become
 * the characters they stand for, as remark-lint's own test does.
 */
export function readmeExamples(rule: string): ReadmeExample[] {
  const readme = fs.readFileSync(path.join(stockPackageFolder(rule), 'readme.md'), 'utf8')
  const tree = remark().use(remarkGfm).parse(readme)
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && toString(node) === 'Examples')
  const examples: {name: string; input: string | undefined; setting: ReadmeExample['setting']}[] = []
  let inInput = false
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= 2) break
    if (node.type === 'heading' && node.depth === 5) {
      examples.push({name: toString(node), input: undefined, setting: undefined})
      inInput = false
    } else if (node.type === 'heading' && node.depth === 6) {
      inInput = toString(node) === 'In'
    } else if (node.type === 'paragraph' && toString(node).startsWith('When configured with')) {
      const code = node.children.find((child) => child.type === 'inlineCode')
      const example = examples.at(-1)
      if (code && example) example.setting = {shown: code.value, value: vm.runInNewContext('(' + code.value + ')')}
    } else if (node.type === 'code' && inInput) {
      const example = examples.at(-1)
      if (example) example.input = controlPictures(node.value)
      inInput = false
    }
  }
  return examples
}

/** Where a stock rule package is installed (this package's dev dependency). */
function stockPackageFolder(rule: string): string {
  return path.dirname(fs.realpathSync(path.join(import.meta.dirname, '..', 'node_modules', 'remark-lint-' + rule, 'package.json')))
}

/** Every `.md` file under `folder` (not in `node_modules`, `dist` or hidden folders), sorted. */
export function markdownFiles(folder: string): string[] {
  const found: string[] = []
  const visit = (directory: string) => {
    for (const entry of fs.readdirSync(directory, {withFileTypes: true})) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') continue
      const full = path.join(directory, entry.name)
      if (entry.isDirectory()) visit(full)
      else if (entry.isFile() && entry.name.endsWith('.md')) found.push(full)
    }
  }
  visit(folder)
  return found.sort()
}

/** A seeded generator of nasty Markdown: mixed markers and heading styles, nesting, tables, CRLF, BOM, front matter, HTML headings, tabs. */
export function generatedInputs(seed: number, count: number): Input[] {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const words = ['Mercury', 'Venus', '容器', '镜像', 'Earth', 'mars', 'MARS', '守护进程', '', 'a *b*', '__c__', '`code`', '[link](x)', '<b>x</b>']
  const ends = ['', '.', '?', '。', '！', '：', ':', ' #', ' ##', '!', '、', ')', ' ']
  const phrase = () => pick(words) + pick(['', ' ', ' and ']) + pick(words) + pick(ends)
  const inline = () => pick(['*em*', '_em_', '**strong**', '__strong__', '***both***', '___both___', '*__mixed__*', '_**mixed**_', 'plain', '\\*not\\*', '`*code*`', 'a_b_c', '中文*强调*文字', '**粗体**。'])
  const blocks: (() => string)[] = [
    () => '#'.repeat(1 + Math.floor(random() * 6)) + ' ' + phrase(),
    () => '#'.repeat(1 + Math.floor(random() * 6)) + ' ' + phrase() + ' ' + '#'.repeat(1 + Math.floor(random() * 4)),
    () => '#'.repeat(1 + Math.floor(random() * 3)),
    () => pick(['# ', '## ', '### ']) + inline() + pick(['', '.', '？']),
    () => phrase() + '\n' + pick(['===', '---', '=', '-----']),
    // Twin headings that differ in case only, or not at all.
    () => {
      const heading = pick(['# ', '## ', '### ']) + pick(words)
      return heading + '\n\n' + pick([heading, heading.toUpperCase(), heading.toLowerCase()])
    },
    () => pick(['<h1>', '<h2>', '<h3>', '<h6>', '<div><h2>', '<H1>']) + phrase() + pick(['</h1>', '</h2>', '']),
    () => Array.from({length: 1 + Math.floor(random() * 4)}, () => pick(['* ', '+ ', '- ', '*\t', '-   ']) + inline()).join('\n'),
    () => Array.from({length: 1 + Math.floor(random() * 4)}, (_, index) => String(pick([1, index + 1, 10, 0])) + pick(['. ', ') ', '.\t']) + inline()).join('\n'),
    () => pick(['- ', '1. ', '* ']) + 'item\n' + pick(['  ', '   ', '    ', '\t']) + pick(['- ', '+ ', '1) ', '# ']) + inline(),
    () => pick(['> ', '>', '> > ']) + pick(['- ', '# ', '1. ', '']) + inline() + '\n' + pick(['> ', '', '>']) + phrase(),
    () => pick(['```', '~~~', '````', '   ```', '    ```']) + pick(['', 'go', 'js', 'markdown', 'GO', 'sh ', 'mermaid', 'text', 'c++', 'foo.rs', ' shell']) + '\nfmt.Println("x")\n' + pick(['```', '~~~', '````', '']),
    () => pick(['    ', '\t']) + 'indented code\n' + pick(['    ', '\t']) + 'more',
    () => pick(['| a | b |\n| - | - |\n| 1 | 2 |', 'a | b\n- | -\n1 | 2', '| a | b\n|---|---\n| 1 | 2', '| 表 | 格 |\n| :-: | --: |\n| *x* | **y** |']),
    () => inline() + ' ' + inline() + pick(['  ', '\\', '']) + '\n' + inline(),
    () => '[ref]: https://example.com\n\n[ref] and [missing][] ' + inline(),
    () => pick(['', '\n', '\n\n\n', '\t\n']),
    () => '- ' + pick(['```go\nx\n```', '# inside', '> quote', '1. nested\n   - deeper *x*']).replaceAll('\n', '\n  '),
    () => '[^1]: Footnote ' + inline() + '\n\n    ```\n    code in footnote\n    ```',
  ]
  const inputs: Input[] = []
  for (let index = 0; index < count; index++) {
    const parts: string[] = []
    if (random() < 0.2) parts.push(pick(['---\ntitle: x\n---', '+++\ntitle = "x"\n+++', '---\n# not a heading\n---']))
    const length = 1 + Math.floor(random() * 12)
    for (let block = 0; block < length; block++) parts.push(pick(blocks)())
    let value = parts.join(pick(['\n\n', '\n', '\n\n\n']))
    if (random() < 0.5) value += pick(['\n', '\n\n', '', ' ', '\r\n'])
    if (random() < 0.2) value = value.replaceAll('\n', '\r\n')
    if (random() < 0.1) value = value.replaceAll('\n', '\r')
    if (random() < 0.1) value = '\uFEFF' + value
    inputs.push({name: `generated-${seed}-${index}.md`, value})
  }
  return inputs
}

/**
 * A seeded generator of nasty Markdown for the reference, table, break and
 * blank-line rules: references of every kind (full, collapsed, shortcut,
 * footnote, escaped, nested, CJK, case and white-space variants), definitions
 * and duplicates, empty URLs, tables with and without pipes, hard breaks of
 * every width, runs of blank lines inside quotes, lists, footnotes and code,
 * front matter, a BOM, CRLF and CR.
 */
export function generatedReferenceInputs(seed: number, count: number): Input[] {
  const random = seededRandom(seed)
  return Array.from({length: count}, (_, index) => ({name: `generated-references-${seed}-${index}.md`, value: referenceDocument(random)}))
}

/** mulberry32: small, seeded, good enough to pick fragments; the same documents on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Inline pieces: references of every kind, escapes, empty URLs, brackets in Chinese prose. */
const inlinePieces = [
  '[foo]', '[Foo][]', '[foo][bar]', '[ Foo \t Bar ]', '[FOO BAR][]', '[foo\nbar]', '![img]', '![img][]', '![alt][foo]',
  '[^1]', '[^note]', '[^ spaced]', '[^Note]', '\\[escaped]', '[escaped\\]', '[]', '[][]', '[x][', '][', '[a][b][c]',
  '[[nested]]', '[*emph*][]', '[`code`]', '[链接]', '这是[x]中文', '数组 a[0] 和 b[i][j]', '[x] 和 [X]', '[ẞ]', '[SS]',
  '[ß]', '[a](#)', '[a]()', '[a](?)', '![i]()', '[a](<>)', '[a](https://x.test)', '<https://auto.test>', 'www.auto.test',
  '&#91;x&#93;', '`[x]`', '<span>[x]</span>', '*[foo]*', '**[^1]**', '~~[bar]~~', '[foo]: not a definition', '\\', 'a\\\nb',
  'a  \nb', 'a   \nb', 'a     \nb', 'a \t \nb', '[Mercury][', 'System].', 'text', '中文，标点。', '[venus][]', '[mer]',
  '[^1][^2]', '[x]\n> [y]', '[a\\]b]', '[a\\\\]', '!\\[x]', '[foo] [bar]', '[\n]', '[ ]', '\t[x]\t', '[a\tb]',
]

/** Block pieces: definitions, tables, lists, code, HTML, headings. */
const blockPieces = [
  '[foo]: https://x.test', '[FOO]: <>', '[bar]: #', '[baz]: ?', '[ Foo  Bar ]: /u "t"', '[^1]: note', '[^note]:\n    para\n\n    more',
  '[img]: /i.png', '[x]: ', '[foo]: /again', '[^1]: again', '[a]: /a\n[b]: /b\n[a]: /c', '[ẞ]: /sharp', '[mer]: /m', '[^Note]: n',
  '| a | b |\n| - | - |\n| 1 | 2 |', 'a | b\n--|--\n1 | 2', '| a | b\n|---|---\n1 | 2 |', '| a |  \n| - |\t\n| [x] |  ',
  '| [x] | [^1] | ![y] |\n|:-|:-:|-:|\n| \\| | [foo] |', 'x\n:-\ny', '|a|\n|-|', '| a |\r\n| - |\r\n| b |',
  '- [ ] todo\n- [x] done\n* [X] Done', '- a\n\n\n- b', '1. one\n\n\n\n2. two', '-\n\n  late', '- a\n\n  b\n\n\n  c',
  '```\na\n\n\n\nb\n```', '    indented\n\n\n\n    code', '> a\n>\n>\n> b', '> a\n\n\n> b', '>\n>\n> a\n>\n>', '> - a\n>\n>\n>   b',
  '<div>\n\n[x]\n\n</div>', '<!-- [x] -->', '# h [x]', 'Setext [y]\n===', '## [^1] heading ##', '***', '<details>\n[z]\n</details>',
]

/** One generated document of `generatedReferenceInputs`: pieces joined by runs of line endings, some inside quotes, lists or footnotes. */
function referenceDocument(random: () => number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const blocks: string[] = []
  const count = 2 + Math.floor(random() * 12)
  for (let index = 0; index < count; index++) {
    let block: string
    if (random() < 0.5) {
      const words: string[] = []
      const length = 1 + Math.floor(random() * 6)
      for (let word = 0; word < length; word++) words.push(pick(inlinePieces))
      block = words.join(pick([' ', '', '\n', '  \n', ' \\\n']))
    } else {
      block = pick(blockPieces)
    }
    // Up to two containers around the piece.
    for (let depth = 0; depth < 2 && random() < 0.45; depth++) {
      const wrap = random()
      if (wrap < 0.25) block = prefixLines(block, '> ', '> ')
      else if (wrap < 0.35) block = prefixLines(block, '>', '>')
      else if (wrap < 0.4) block = prefixLines(block, '>\t', '>\t')
      else if (wrap < 0.6) block = prefixLines(block, '- ', '  ')
      else if (wrap < 0.65) block = prefixLines(block, '-\t', '\t')
      else if (wrap < 0.8) block = prefixLines(block, '1. ', '   ')
      else block = prefixLines(block, '[^f' + index + '-' + depth + ']: ', '    ')
    }
    blocks.push(block)
  }
  let document = blocks.reduce((text, block) => text + pick(['\n', '\n\n', '\n\n', '\n\n\n', '\n\n\n\n', '\n \n\n']) + block, '')
  document = document.replace(/^\n+/, pick(['', '\n', '\n\n']))
  const frontMatter = random()
  if (frontMatter < 0.1) document = '---\ntitle: [x]\n---\n' + pick(['', '\n', '\n\n\n']) + document
  else if (frontMatter < 0.15) document = '+++\na = "[y]"\n+++\n\n\n' + document
  document += pick(['', '\n', '\n\n', '\n\n\n'])
  if (random() < 0.05) document = '\uFEFF' + document
  const endings = random()
  if (endings < 0.15) document = document.replaceAll('\n', '\r\n')
  else if (endings < 0.2) document = document.replaceAll('\n', '\r')
  return document
}

/** Prefix a block's first line with `first` and the others with `rest`. */
function prefixLines(block: string, first: string, rest: string): string {
  return block
    .split('\n')
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join('\n')
}
