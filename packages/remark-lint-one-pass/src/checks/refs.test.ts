/**
 * Differential test of the reference, table, break and blank-line checks
 * against the stock rules they reproduce: the stock packages' readme examples,
 * every Markdown file of `content/`, and a seeded set of generated nasty
 * Markdown, each with every option the readmes show plus wrong and edge
 * options. Every message must match field by field.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import JSON5 from 'json5'
import type {Root, RootContent} from 'mdast'
import {phrasing} from 'mdast-util-phrasing'
import {remark} from 'remark'
import {describe, expect, it} from 'vitest'
import {phrasingTypes} from './no-consecutive-blank-lines.ts'
import {compareDocument, pairs, parse, withoutPositions, type Pair, type Tally} from './refs-test-differential.ts'

const require = createRequire(import.meta.url)
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..')

/** One `##### \`name.md\`` example of a stock readme. */
interface ReadmeExample {
  readonly name: string
  readonly input: string
  /** The option the readme configures it with; absent: none. */
  readonly config?: {readonly value: unknown}
}

/** The examples of a stock package's `readme.md`, with remark-lint's markers (`␠` …) turned into the characters. */
function readmeExamples(packageName: string): ReadmeExample[] {
  const readme = readFileSync(join(dirname(require.resolve(packageName)), 'readme.md'), 'utf8')
  const children = remark().parse(readme).children
  const examples: ReadmeExample[] = []
  let current: {name: string; input: string; config?: {value: unknown}} | undefined
  let wantInput = false

  for (const node of children) {
    if (node.type === 'heading' && node.depth <= 5) {
      if (current) examples.push(current)
      const code = node.depth === 5 ? node.children.find((child) => child.type === 'inlineCode') : undefined
      current = code ? {name: code.value, input: ''} : undefined
      wantInput = false
    } else if (!current) {
      continue
    } else if (node.type === 'heading' && node.depth === 6) {
      wantInput = textOf(node) === 'In'
    } else if (node.type === 'paragraph' && textOf(node).startsWith('When configured with ')) {
      const code = node.children.find((child) => child.type === 'inlineCode')
      if (code) current.config = {value: JSON5.parse(code.value)}
    } else if (node.type === 'code' && wantInput) {
      current.input = node.value.replaceAll('␠', ' ').replaceAll('␉', '\t').replaceAll('␊', '\n').replaceAll('␍', '\r')
      wantInput = false
    }
  }
  if (current) examples.push(current)
  return examples
}

/** The plain text of a node's direct children. */
function textOf(node: RootContent): string {
  return 'children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : ''
}

/** Options the readmes do not show: wrong ones (stock errors must match) and edge cases. */
const extraOptions: Readonly<Record<string, readonly unknown[]>> = {
  'remark-lint-no-undefined-references': [
    {allowShortcutLink: true, allow: ['foo']},
    {allow: ['Foo  Bar', /^b/, {source: '^x', flags: 'g'}, {source: 'ß'}]},
    {allow: 'mercury'},
    {allow: [null]},
    {allow: [{source: '('}]},
    'not an object',
  ],
  'remark-lint-hard-break-spaces': [{allowSpaces: true}, {allowSpaces: null}, null, 3, [], {allowSpaces: 0}],
}

const examplesByPackage = new Map(pairs.map((pair) => [pair.packageName, readmeExamples(pair.packageName)]))

/** Every option a pair is run with: none, each one its readme shows, and the extras. */
function optionsOf(pair: Pair): unknown[] {
  const shown = examplesByPackage.get(pair.packageName)!.flatMap((example) => (example.config ? [example.config.value] : []))
  return [undefined, ...shown, ...(extraOptions[pair.packageName] ?? [])]
}

/** A fresh tally. */
function tally(): Tally {
  return {messages: 0, runs: 0, mismatches: []}
}

describe('readme examples of the stock rules', () => {
  for (const pair of pairs) {
    const examples = examplesByPackage.get(pair.packageName)!
    it(`${pair.check.name}: ${examples.length} examples, each with every option shown`, () => {
      expect(examples.length).toBeGreaterThan(1)
      const result = tally()
      for (const example of examples) {
        const only = (candidate: Pair) => (candidate === pair ? optionsOf(pair) : [])
        compareDocument(example.name, example.input, only, result)
        compareDocument(`${example.name} (no positions)`, example.input, only, result, withoutPositions(parse(example.input)))
      }
      expect(result.mismatches).toEqual([])
      // The examples do produce messages, so the comparison is not vacuous.
      expect(result.messages).toBeGreaterThan(0)
    })
  }
})

describe('the doc set', () => {
  const files = markdownFiles(join(repoRoot, 'content'))

  it(`every Markdown file of content/ (${files.length} files)`, () => {
    expect(files.length).toBeGreaterThan(5)
    const result = tally()
    for (const path of files) compareDocument(relative(repoRoot, path), readFileSync(path, 'utf8'), optionsOf, result)
    expect(result.mismatches).toEqual([])
  })
})

describe('generated nasty Markdown', () => {
  it('400 seeded documents agree with the stock rules, with every option', () => {
    const random = mulberry32(20261130)
    const result = tally()
    for (let index = 0; index < 400; index++) {
      const value = nastyDocument(random)
      compareDocument(`nasty #${index}`, value, optionsOf, result)
      if (index % 10 === 0) compareDocument(`nasty #${index} (no positions)`, value, optionsOf, result, withoutPositions(parse(value)))
    }
    expect(result.mismatches).toEqual([])
    // Every check reports something over the set, so each comparison has teeth.
    expect(result.messages).toBeGreaterThan(1000)
  })

  it('every check reports in the generated set', () => {
    const random = mulberry32(7)
    for (const pair of pairs) {
      let messages = 0
      for (let index = 0; index < 60; index++) {
        const result = tally()
        compareDocument('nasty', nastyDocument(random), (candidate) => (candidate === pair ? [undefined] : []), result)
        messages += result.messages
      }
      expect(messages, pair.check.name).toBeGreaterThan(0)
    }
  })
})

describe('phrasing types of no-consecutive-blank-lines', () => {
  it('match mdast-util-phrasing', () => {
    const others = ['root', 'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'code', 'html', 'definition', 'footnoteDefinition', 'table', 'tableRow', 'tableCell', 'thematicBreak', 'yaml', 'toml', 'math', 'containerDirective', 'leafDirective', 'mdxJsxFlowElement']
    for (const type of [...phrasingTypes, ...others]) expect(phrasingTypes.has(type), type).toBe(phrasing({type} as never))
  })
})

/** Every `.md` file below `folder`, `node_modules` left out. */
function markdownFiles(folder: string): string[] {
  return readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !join(entry.parentPath, entry.name).includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** A small seeded generator (mulberry32): the same documents on every run. */
function mulberry32(seed: number): () => number {
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

/** One generated document: pieces joined by runs of line endings, some inside quotes, lists or footnotes. */
function nastyDocument(random: () => number): string {
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
