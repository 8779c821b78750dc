/**
 * The grammar of Go blocks in a chapter: what each ```go block is (its meta
 * word), which blocks make up one program, the expected output of a program,
 * and the hash of a block's normalised source. Shared by the rule and by the
 * `go-examples` verifier, so both read a chapter the same way.
 */
import {createHash} from 'node:crypto'
import type {Code, Nodes, Parents, Root} from 'mdast'
import {indexTree} from '@moby-anatomy/markdown-helpers'

/** What a Go block is. */
export type BlockKind = 'program' | 'test' | 'fragment'

/** One ```go block of a chapter. */
export interface GoBlock {
  readonly node: Code
  readonly ancestors: readonly Parents[]
  readonly kind: BlockKind
  /** Whether the kind was written in the meta (`program`, `test`, `fragment`) rather than inferred. */
  readonly explicit: boolean
  /** The program name of `program=<name>`: blocks with one name are files of one program. */
  readonly name: string | undefined
  /** Whether the first line that is neither blank nor a comment is a `package` clause. */
  readonly startsWithPackage: boolean
  /** Hash of the normalised source (`normaliseSource`). */
  readonly hash: string
  /** Line of the opening fence (1 when the tree has no positions). */
  readonly line: number
}

/** Where a program's expected output comes from. */
export type OutputSource = 'output-comment' | 'output-block'

/** The expected output of a program that needs no daemon. */
export interface ExpectedOutput {
  readonly text: string
  readonly from: OutputSource
  readonly node: Code
}

/** A complete program: its files in document order, the test files that go with it, its expected output. */
export interface GoProgram {
  readonly files: readonly GoBlock[]
  readonly tests: readonly GoBlock[]
  readonly output: ExpectedOutput | undefined
  /** Hash of the whole program: every file, test and expected output, in order. */
  readonly hash: string
}

/** A block whose meta breaks the grammar. */
export interface GrammarProblem {
  readonly node: Code
  readonly ancestors: readonly Parents[]
  readonly reason: string
}

/** Everything a chapter says about its Go examples. */
export interface GoExamples {
  readonly blocks: readonly GoBlock[]
  readonly programs: readonly GoProgram[]
  readonly fragments: readonly GoBlock[]
  readonly problems: readonly GrammarProblem[]
}

/** The meta words of a ```go block. */
export const kindWords: readonly BlockKind[] = ['program', 'test', 'fragment']

/** The meta word of a ```text block holding a program's expected output. */
export const outputWord = 'output'

/**
 * A block's source as hashed: line endings as `\n`, trailing spaces and tabs
 * cut from each line, leading and trailing blank lines dropped, one final
 * newline. Re-indenting or reflowing code changes the hash; trailing
 * whitespace and CRLF checkouts do not.
 */
export function normaliseSource(source: string): string {
  const lines = source.replaceAll(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t]+$/, ''))
  while (lines.length > 0 && lines[0] === '') lines.shift()
  while (lines.length > 0 && lines.at(-1) === '') lines.pop()
  return lines.join('\n') + '\n'
}

/** `sha256-<hex>` of a block's normalised source. */
export function hashSource(source: string): string {
  return 'sha256-' + createHash('sha256').update(normaliseSource(source)).digest('hex')
}

/** Whether Go source starts (after blank lines and comments) with a `package` clause. */
export function startsWithPackage(source: string): boolean {
  const withoutComments = source.replaceAll(/\/\*[\s\S]*?\*\//g, '').replaceAll(/^\s*\/\/.*$/gm, '')
  return /^\s*package\s+[\p{L}_][\p{L}\p{N}_]*\s*(?:\/\/.*)?$/mu.test(withoutComments.trimStart().split('\n')[0] ?? '')
}

/**
 * The expected output written Go's way: the comment lines after the last
 * `// Output:` line, without their `// ` (undefined when there is none).
 */
export function outputComment(source: string): string | undefined {
  const lines = normaliseSource(source).split('\n')
  const start = lines.findLastIndex((line) => /^\s*\/\/\s*Output:/.test(line))
  if (start === -1) return undefined
  const first = /^\s*\/\/\s*Output:\s*(.*)$/.exec(lines[start] ?? '')?.[1] ?? ''
  const body: string[] = first === '' ? [] : [first]
  for (const line of lines.slice(start + 1)) {
    const comment = /^\s*\/\/ ?(.*)$/.exec(line)
    if (!comment) break
    body.push(comment[1] ?? '')
  }
  return body.join('\n')
}

/** Output as compared: trailing spaces cut per line, surrounding blank lines dropped (as `go test` compares examples). */
export function normaliseOutput(text: string): string {
  return normaliseSource(text).trimEnd()
}

/** Read the Go blocks of a chapter: kinds, programs, fragments and grammar problems. */
export function extractGoExamples(tree: Root): GoExamples {
  const blocks: GoBlock[] = []
  const fragments: GoBlock[] = []
  const problems: GrammarProblem[] = []
  const drafts: {files: GoBlock[]; tests: GoBlock[]; output: ExpectedOutput | undefined}[] = []
  const byName = new Map<string, (typeof drafts)[number]>()
  let current: (typeof drafts)[number] | undefined

  // The tree's shared index (one walk for all of the preset's own rules), not a walk of our own.
  const visitCode = (node: Code, ancestors: Parents[]): void => {
    const words = (node.meta ?? '').split(/\s+/).filter(Boolean)
    if (node.lang === 'text' && words.includes(outputWord)) {
      if (!current) problems.push({node, ancestors, reason: 'Unexpected `output` block with no Go program before it, expected it right after the program whose output it shows'})
      else if (current.output) problems.push({node, ancestors, reason: 'Unexpected second expected output for one program, expected one `// Output:` comment or one `text output` block'})
      else current.output = {text: normaliseOutput(node.value), from: 'output-block', node}
      return
    }
    if (node.lang !== 'go') return
    const block = readBlock(node, ancestors, words, problems)
    blocks.push(block)
    if (block.kind === 'fragment') {
      fragments.push(block)
      return
    }
    if (block.kind === 'test') {
      if (current) current.tests.push(block)
      else problems.push({node, ancestors, reason: 'Unexpected `test` block with no Go program before it, expected a complete program (a block starting with `package`) earlier in the chapter'})
      return
    }
    const named = block.name === undefined ? undefined : byName.get(block.name)
    if (named) named.files.push(block)
    else {
      const draft = {files: [block], tests: [], output: undefined}
      drafts.push(draft)
      if (block.name !== undefined) byName.set(block.name, draft)
    }
    current = named ?? drafts.at(-1)
    if (current) {
      const comment = outputComment(node.value)
      if (comment !== undefined && !current.output) current.output = {text: normaliseOutput(comment), from: 'output-comment', node}
    }
  }
  for (const {node, ancestors} of indexTree(tree).ofType('code')) visitCode(node, [...ancestors])

  const programs = drafts.map((draft): GoProgram => ({...draft, hash: programHash(draft)}))
  return {blocks, programs, fragments, problems}
}

/** Read one ```go block's meta. */
function readBlock(node: Code, ancestors: readonly Parents[], words: readonly string[], problems: GrammarProblem[]): GoBlock {
  let kind: BlockKind | undefined
  let name: string | undefined
  for (const word of words) {
    const [key = '', value] = word.split('=', 2) as [string, string | undefined]
    if (!(kindWords as readonly string[]).includes(key) || (value !== undefined && key !== 'program') || value === '') {
      problems.push({node, ancestors, reason: `Unexpected ${'`' + word + '`'} in the meta of a Go block, expected \`program\`, \`program=<name>\`, \`test\`, or \`fragment\``})
      continue
    }
    if (kind !== undefined && kind !== key) {
      problems.push({node, ancestors, reason: `Unexpected ${'`' + key + '`'} after ${'`' + kind + '`'} in the meta of a Go block, expected one kind per block`})
      continue
    }
    kind = key as BlockKind
    if (value !== undefined) name = value
  }
  const packageFirst = startsWithPackage(node.value)
  return {
    node,
    ancestors,
    kind: kind ?? (packageFirst ? 'program' : 'fragment'),
    explicit: kind !== undefined,
    name,
    startsWithPackage: packageFirst,
    hash: hashSource(node.value),
    line: node.position?.start.line ?? 1,
  }
}

/** Hash of a program: kinds and hashes of its files and tests, then its expected output. */
function programHash(program: {files: readonly GoBlock[]; tests: readonly GoBlock[]; output: ExpectedOutput | undefined}): string {
  const hash = createHash('sha256')
  for (const block of [...program.files, ...program.tests]) hash.update(`${block.kind} ${block.hash}\n`)
  if (program.output) hash.update(`output ${program.output.from}\n${program.output.text}\n`)
  return 'sha256-' + hash.digest('hex')
}

/** The nodes to report a block at: its ancestors and itself. */
export function placeOf(block: {readonly node: Code; readonly ancestors: readonly Parents[]}): {ancestors: Nodes[]; place: Code['position']} {
  return {ancestors: [...block.ancestors, block.node] as Nodes[], place: block.node.position}
}
