/**
 * Run one docs example: lay its files out in a temporary folder, lint the
 * input with the rule, and return the messages as `line:col-line:col: reason`,
 * in the order a reporter shows them (`vfile-sort`: by line, then column).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Root} from 'mdast'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import type {Plugin} from 'unified'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {compareMessage} from 'vfile-sort'
import type {Case} from './docs.ts'

/** A lint rule as a unified plugin. */
export type Rule = Plugin<[unknown?], Root>

/** Messages of a run, with the raw message objects for further checks. */
export interface RunResult {
  readonly lines: string[]
  readonly messages: VFileMessage[]
}

/** Lint `testCase` with `rule` in a fresh temporary folder. */
export async function runCase(rule: Rule, testCase: Case): Promise<RunResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-docs-'))
  try {
    layOut(folder, testCase)
    // Like unified-engine, read a hex document as UTF-8 text, bad bytes becoming U+FFFD.
    const value = testCase.config.inputHex ? Buffer.from(testCase.config.inputHex.replaceAll(' ', ''), 'hex').toString('utf8') : testCase.input
    const file = new VFile({path: path.join(folder, testCase.name), value, cwd: folder})
    try {
      await remark().use(remarkGfm).use(rule, testCase.config.config).process(file)
    } catch (error) {
      if (!(error instanceof VFileMessage)) throw error
    }
    const messages = file.messages.toSorted(compareMessage)
    return {lines: messages.map(formatMessage), messages}
  } finally {
    fs.rmSync(folder, {recursive: true, force: true})
  }
}

/** Write the example's companion files, links and binary files. */
function layOut(folder: string, testCase: Case): void {
  const write = (name: string, value: string | Uint8Array) => {
    const target = path.join(folder, name)
    fs.mkdirSync(path.dirname(target), {recursive: true})
    fs.writeFileSync(target, value)
  }
  for (const [name, value] of Object.entries(testCase.config.files ?? {})) write(name, fileText(value))
  for (const [name, hex] of Object.entries(testCase.config.binary ?? {})) write(name, Buffer.from(hex.replaceAll(' ', ''), 'hex'))
  for (const [name, target] of Object.entries(testCase.config.symlinks ?? {})) fs.symlinkSync(target, path.join(folder, name))
  write(testCase.name, testCase.config.inputHex ? Buffer.from(testCase.config.inputHex.replaceAll(' ', ''), 'hex') : testCase.input)
}

/** The text of a companion file: as given, or a JSON value as formatted JSON. */
export function fileText(value: string | object): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n'
}

/** `line:col-line:col: reason`, as the docs write it. */
export function formatMessage(message: VFileMessage): string {
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  const from = `${start?.line ?? 1}:${start?.column ?? 1}`
  return `${end ? `${from}-${end.line}:${end.column}` : from}: ${message.reason}`
}
