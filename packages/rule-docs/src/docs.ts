/**
 * Read a rule's module doc comment: the Markdown sections that become its
 * README, and the `@example` blocks that are its tests.
 */
import fs from 'node:fs'

/** Settings on the first line of an example. */
export interface ExampleConfig {
  readonly name: string
  readonly label?: 'input' | 'output'
  readonly config?: unknown
  /** Files written beside the example, by name: text, or a JSON value written as JSON (a lock file). */
  readonly files?: Readonly<Record<string, string | object>>
  /** Symbolic links written beside the example: name to target. */
  readonly symlinks?: Readonly<Record<string, string>>
  /** The document itself as hex bytes (spaces allowed), for encodings; the body is then empty. */
  readonly inputHex?: string
  /** Files written from hex bytes (spaces allowed), for encodings. */
  readonly binary?: Readonly<Record<string, string>>
}

/** One `@example` block. */
export interface Example {
  readonly config: ExampleConfig
  readonly body: string
}

/** A rule whose docs were read. */
export interface RuleDocs {
  readonly ruleId: string
  readonly description: string
  readonly examples: readonly Example[]
}

/** One case to run: an input document and the messages it must produce. */
export interface Case {
  readonly name: string
  readonly config: ExampleConfig
  readonly input: string
  readonly expected: readonly string[]
}

/** Parse the first doc comment of a source file. */
export function readRuleDocs(sourceFile: string): RuleDocs {
  const source = fs.readFileSync(sourceFile, 'utf8')
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1]
  if (!comment) throw new Error(`No module doc comment in ${sourceFile}: expected /** … */ at the top`)
  const lines = comment.split('\n').map((line) => line.replace(/^\s*\* ?/, ''))
  const blocks: {tag: string; lines: string[]}[] = [{tag: '', lines: []}]
  for (const line of lines) {
    const tag = /^@(\w+)\s*(.*)$/.exec(line)
    if (tag) blocks.push({tag: tag[1] ?? '', lines: tag[2] ? [tag[2]] : []})
    else blocks.at(-1)?.lines.push(line)
  }
  const ruleId = blocks.find((block) => block.tag === 'module')?.lines[0]?.trim()
  if (!ruleId) throw new Error(`No @module tag in ${sourceFile}: expected \`@module rule-id\``)
  const examples = blocks
    .filter((block) => block.tag === 'example')
    .map((block) => {
      const text = block.lines.map((line) => line.replace(/^ {2}/, '')).join('\n')
      const newline = text.indexOf('\n')
      const head = (newline === -1 ? text : text.slice(0, newline)).trim()
      const body = (newline === -1 ? '' : text.slice(newline + 1)).replace(/^\n/, '').replace(/\n+$/, '') + '\n'
      return {config: JSON.parse(head) as ExampleConfig, body}
    })
  return {ruleId, description: (blocks[0]?.lines ?? []).join('\n').trim(), examples}
}

/** Pair examples into cases: a lone example expects no message; input + output pairs by name. */
export function toCases(docs: RuleDocs): Case[] {
  const cases: Case[] = []
  for (const [index, example] of docs.examples.entries()) {
    if (example.config.label === 'output') continue
    if (example.config.label === 'input') {
      const output = docs.examples[index + 1]
      if (output?.config.label !== 'output' || output.config.name !== example.config.name) {
        throw new Error(`Example ${example.config.name} of ${docs.ruleId} has no output example right after it`)
      }
      const expected = output.body.split('\n').filter((line) => line.trim() !== '')
      cases.push({name: example.config.name, config: example.config, input: example.body, expected})
    } else {
      cases.push({name: example.config.name, config: example.config, input: example.body, expected: []})
    }
  }
  return cases
}
