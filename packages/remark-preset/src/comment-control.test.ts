/**
 * `remarkLintCommentControl` against remark-lint's own control: the same
 * messages, in the same order, with the same lines and columns, on every
 * Markdown file of the repo and on generated documents with and without
 * control comments, gaps (literal autolinks, text after the last node) and
 * messages of other sources or with no place.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {remarkGfmOneWalk} from '@moby-anatomy/markdown-helpers'
import fc from 'fast-check'
import type {Nodes, Root} from 'mdast'
import {remark} from 'remark'
import remarkLint from 'remark-lint'
import type {Plugin} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {remarkLintCommentControl} from './comment-control.ts'

/** A rule that reports at the start and end of every node, plus messages with no place and of another source. */
const everyPlace: Plugin<[], Root> = () => (tree, file) => {
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const [ruleId, point] of [['every', node.position?.start], ['final-newline', node.position?.end]] as const) {
      const message = file.message(`${node.type} ${ruleId}`, point ? {line: point.line, column: point.column} : undefined)
      Object.assign(message, {ruleId, source: 'remark-lint'})
    }
    if ('children' in node) stack.push(...node.children)
  }
  Object.assign(file.message('no place'), {ruleId: 'every', source: 'remark-lint'})
  Object.assign(file.message('another source', {line: 1, column: 1}), {ruleId: 'every', source: 'other'})
}

const stock = remark().use(remarkGfmOneWalk).use(remarkLint).use(everyPlace).freeze()
const ours = remark().use(remarkGfmOneWalk).use(remarkLintCommentControl).use(everyPlace).freeze()

async function outcome(processor: typeof stock, value: string): Promise<unknown> {
  const file = new VFile({value})
  try {
    await processor.run(processor.parse(file), file)
  } catch (error) {
    return {error: String(error)}
  }
  return file.messages.map((message) => [message.reason, message.line, message.column, message.ruleId, message.source])
}

async function expectSameMessages(value: string): Promise<void> {
  expect(await outcome(ours, value)).toEqual(await outcome(stock, value))
}

describe('remarkLintCommentControl', () => {
  it('drops messages in gaps in a file with no comment, and those a comment switches off', async () => {
    const unfiltered = remark().use(remarkGfmOneWalk).use(everyPlace).freeze()
    const noComment = 'See www.example.com here.\n\ntext\n\n\n'
    const kept = (await outcome(ours, noComment)) as unknown[][]
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.length).toBeLessThan(((await outcome(unfiltered, noComment)) as unknown[]).length)
    const reasons = ((await outcome(ours, '<!--lint ignore every-->\n\nignored\n\nkept\n')) as unknown[][]).map((message) => `${message[0]}@${message[1]}`)
    expect(reasons).toContain('paragraph every@5')
    expect(reasons).not.toContain('paragraph every@3')
  })

  it('gives remark-lint’s messages for every Markdown file of the repo', async () => {
    const root = path.resolve(import.meta.dirname, '../../..')
    const files = execFileSync('git', ['ls-files', '-z', '*.md'], {cwd: root, encoding: 'utf8'}).split('\0').filter(Boolean)
    expect(files.length).toBeGreaterThan(50)
    for (const file of files) await expectSameMessages(fs.readFileSync(path.join(root, file), 'utf8'))
  })

  it('gives remark-lint’s messages on generated documents', async () => {
    const piece = fc.constantFrom(
      '<!--lint disable every-->', '<!--lint enable every-->', '<!--lint ignore every-->', '<!--lint disable-->', '<!--lint enable-->',
      '<!--lint ignore-->', '<!--lint disable final-newline every-->', '<!-- a comment -->', '<!--lint-->', '<div>\nblock\n</div>',
      '<span>inline</span>', 'www.example.com', 'https://a.b/c', 'a@b.org', '[x](y)', '`code`', '*em*', '# Title', '## Sub',
      '- item', '1. one', '> quote', '| a | b |\n| - | - |\n| c | www.d.e |', '```\nfenced\n```', 'text', '中文', ' ', '\n', '\n\n', '\n\n\n',
    )
    await fc.assert(
      fc.asyncProperty(fc.array(piece, {maxLength: 30}), async (pieces) => {
        await expectSameMessages(pieces.join(''))
      }),
      {numRuns: 400},
    )
  })
})
