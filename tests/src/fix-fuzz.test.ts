/**
 * Issue 12, "Done when": a fuzz test of `doc-lint fix`. fast-check writes
 * random doc sets — chapter names and titles drawn from characters Markdown
 * and URLs treat specially (`\ [ ] # ? % >` and more), navigation rows
 * pointing at present and missing files, symbolic links inside the root (a
 * chapter that is a link to another, a folder link to `.`), and one link out
 * of it — then runs the real command (`main`, in process, for speed) and
 * checks: every summary cell present before is present after (as the
 * typography fixer, which `fix` also runs, repairs it: `摘要()` becomes
 * `摘要（）`, nothing is lost), no file outside the root changed, a second run is a no-op, and lint after fix has
 * no fixable navigation finding left.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {lint, main} from '@moby-anatomy/doc-lint'
import remarkLintCjkTypography from '@moby-anatomy/remark-lint-cjk-typography'
import {fixTypography} from '@moby-anatomy/remark-lint-cjk-typography/fix'
import {docSetDefaults} from '@moby-anatomy/remark-preset'
import fc from 'fast-check'
import {afterAll, describe, expect, it, vi} from 'vitest'
import {snapshot} from './harness.ts'

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'fix-fuzz-'))
afterAll(() => fs.rmSync(base, {recursive: true, force: true}))

const prefix = 'Moby项目源码剖析 - '
const header = '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |\n| --- | --- | --- | --- |\n'
const typography = remarkLintCjkTypography.settings(docSetDefaults.cjkTypography)

/** A summary cell as `fix` leaves it: the typography fixer's repair of that cell in a table row. */
function repairedSummary(cell: string): string {
  const row = fixTypography(`${header}| **01** | 标题 | ${cell} | ⭐ |\n`, typography).split('\n')[2]!
  return row.split(' | ')[2]!
}
/** Characters a name or title may hold: the hostile ones of the issue, Markdown syntax, CJK, spaces. */
const hostile = fc.constantFrom('\\', '[', ']', '#', '?', '%', '>', '<', '(', ')', '&', '*', '_', '`', '|', '!', ' ', '~', '容', '器', '镜像', 'a', 'Z', '9', '.', '-')
const text = (minLength: number) => fc.array(hostile, {minLength, maxLength: 10}).map((parts) => parts.join(''))
/** A summary cell: no pipe or backslash (those are the table's), otherwise hostile. */
const summary = fc
  .array(fc.constantFrom('[', ']', '#', '?', '%', '>', '(', ')', '&', '`', '容器', '镜像', '、', 'x', ' '), {minLength: 1, maxLength: 8})
  .map((parts) => `摘要${parts.join('').trim()}`)

interface Chapter {
  readonly number: number
  readonly nameTitle: string
  /** The H1 after the prefix, or `undefined` for a chapter whose H1 lacks the prefix. */
  readonly title: string | undefined
  readonly listed: {readonly summary: string} | undefined
}

const chapter = fc.record({
  nameTitle: text(1).filter((value) => value.trim() !== '' && !value.startsWith(' ') && !value.endsWith(' ') && value !== '.' && value !== '..'),
  title: fc.option(text(0), {nil: undefined}),
  listed: fc.option(fc.record({summary}), {nil: undefined}),
})

const docSet = fc.record({
  chapters: fc.uniqueArray(fc.tuple(fc.integer({min: 1, max: 40}), chapter), {minLength: 1, maxLength: 6, selector: ([number]) => number}),
  missing: fc.array(fc.record({number: fc.integer({min: 41, max: 99}), nameTitle: text(1), summary}), {maxLength: 3}),
  alias: fc.boolean(),
  folderLoop: fc.boolean(),
})

/** A link destination any CommonMark parser reads back as `name`. */
function destination(name: string): string {
  return encodeURIComponent(name).replace(/[()!*'~]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Run `doc-lint fix <root>` in process (each run owns a fresh document cache); returns what it printed. */
async function fix(root: string): Promise<{code: number; out: string}> {
  const lines: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
  const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line))
  try {
    return {code: await main(['fix', root], root), out: lines.join('\n')}
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

/** The nav-table messages of `doc-lint` on `root`. */
async function navMessages(root: string): Promise<string[]> {
  let report = ''
  // The engine waits for each write's callback, as a real stream calls it.
  const streamError = {
    write: (chunk: string, ...rest: unknown[]) => {
      report += chunk
      for (const callback of rest) if (typeof callback === 'function') callback()
      return true
    },
  } as unknown as NodeJS.WritableStream
  await lint({paths: [root], cwd: root, streamError, quiet: true})
  return report.split('\n').filter((line) => line.includes('nav-table'))
}

let runs = 0

describe('doc-lint fix on random hostile doc sets', () => {
  it('keeps every summary, writes nothing outside, is idempotent and leaves no fixable finding', async () => {
    await fc.assert(
      fc.asyncProperty(docSet, async (set) => {
        const run = path.join(base, String(runs++))
        const root = path.join(run, 'docs')
        const outside = path.join(run, 'outside')
        fs.mkdirSync(root, {recursive: true})
        fs.mkdirSync(outside)
        fs.writeFileSync(path.join(outside, 'secret.md'), `# ${prefix}机密\n\n${header}| **01** | [旧](secret.md) | 外部摘要 | ⭐ |\n`)

        const chapters: Chapter[] = set.chapters.map(([number, value]) => ({number, ...value}))
        const name = (entry: {number: number; nameTitle: string}) => `${String(entry.number).padStart(2, '0')}-${entry.nameTitle}.md`
        for (const entry of chapters) {
          fs.writeFileSync(path.join(root, name(entry)), entry.title === undefined ? `# 无前缀标题\n\n正文。\n` : `# ${prefix}${entry.title}\n\n正文。\n`)
        }
        const rows = [
          ...chapters.filter((entry) => entry.listed).map((entry) => `| **${String(entry.number).padStart(2, '0')}** | [旧标题](${destination(name(entry))}) | ${entry.listed?.summary} | ⭐⭐ |`),
          ...set.missing.map((entry) => `| **${entry.number}** | [已删除](${destination(name(entry))}) | ${entry.summary} | ⭐ |`),
        ]
        fs.writeFileSync(path.join(root, '00-总体说明.md'), `# ${prefix}总体说明\n\n${header}${rows.map((row) => `${row}\n`).join('')}`)
        if (set.alias) fs.symlinkSync(name(chapters[0]!), path.join(root, '95-别名.md'))
        if (set.folderLoop) fs.symlinkSync('.', path.join(root, 'loop'))
        fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, '96-外部.md'))
        fs.symlinkSync(outside, path.join(root, 'elsewhere'))
        const outsideBefore = snapshot(outside)
        const summaries = [...chapters.flatMap((entry) => (entry.listed ? [entry.listed.summary] : [])), ...set.missing.map((entry) => entry.summary)]

        const first = await fix(root)
        expect(first.code, first.out).toBe(0)
        const index = fs.readFileSync(path.join(root, '00-总体说明.md'), 'utf8')
        for (const cell of summaries) expect(index, `summary ${cell}`).toContain(`| ${repairedSummary(cell)} |`)
        expect(index).not.toContain('机密')
        expect(snapshot(outside)).toEqual(outsideBefore)

        const second = await fix(root)
        expect(second.code, second.out).toBe(0)
        expect(second.out).toMatch(/^0 of \d+ files changed$/m)
        expect(fs.readFileSync(path.join(root, '00-总体说明.md'), 'utf8')).toBe(index)

        for (const message of await navMessages(root)) {
          expect(message).not.toMatch(/Unexpected title|missing from the navigation table|Unexpected number `[^`]*` for `|URL|absolute path|leaving the table's folder|malformed percent-encoding|without a link/)
        }
        fs.rmSync(run, {recursive: true, force: true})
      }),
      {numRuns: 60},
    )
  })
})
