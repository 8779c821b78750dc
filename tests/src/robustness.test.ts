/**
 * The preset never throws and never places a message outside the file, on
 * generated hostile Markdown (fast-check), on every CommonMark spec example,
 * on a 10 MB file and on a 5,000-level blockquote; a non-UTF-8 file and a
 * binary file get one clear message each; wrong options name the option.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {createPreset} from '@moby-anatomy/remark-preset'
import {tests as commonmarkExamples} from 'commonmark-spec'
import fc from 'fast-check'
import {remark} from 'remark'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {afterAll, describe, expect, it} from 'vitest'
import {reportedLines, runDocLint, runRemark} from './harness.ts'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'robustness-'))
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))
fs.writeFileSync(path.join(folder, '01-整体架构概述.md'), '# Moby项目源码剖析 - 整体架构概述\n\n容器与镜像。\n')
fs.writeFileSync(path.join(folder, 'package.json'), '{"version": "1.0.0"}\n')

const glossary = [
  {term: '容器', english: 'Container', description: '隔离运行的进程', related: ['镜像']},
  {term: '镜像', english: 'Image', description: '只读模板', related: ['容器']},
]
const processor = remark().use(createPreset({glossaryCoverage: {glossary}, versionHistory: {now: '2026-11-29'}}))

/** Lint a document as chapter 00 of the temporary doc set; returns its messages. */
async function lintDocument(value: string): Promise<VFileMessage[]> {
  const file = new VFile({value, path: path.join(folder, '00-总体说明.md')})
  // parse + run, as the engine does (no stringify: lint never prints the document).
  await processor.run(processor.parse(file), file)
  return file.messages
}

/** Every message points inside the document. */
function expectPlacesInside(value: string, messages: readonly VFileMessage[]): void {
  // Raw lines: some stock rules count a byte order mark as a column, mdast does not.
  const lines = value.split(/\r?\n|\r/)
  for (const message of messages) {
    const place = message.place
    const points = place === undefined ? [] : 'start' in place ? [place.start, place.end] : [place]
    for (const point of points) {
      expect(point.line, String(message)).toBeGreaterThanOrEqual(1)
      expect(point.line, String(message)).toBeLessThanOrEqual(lines.length)
      expect(point.column, String(message)).toBeGreaterThanOrEqual(1)
      expect(point.column, String(message)).toBeLessThanOrEqual((lines[point.line - 1]?.length ?? 0) + 1)
    }
  }
}

const cjk = fc.constantFrom('容器', '镜像', '守护进程', '（全角）', '，', '。', '📦', '🐳', 'ｆｕｌｌ', '\u200b')
const word = fc.oneof(cjk, fc.string({maxLength: 6}), fc.constantFrom('|', '\\|', '`', '*', '**', '[', ']', '(', ')', '<b>', '</b>', '<!--', '-->', '#', '>'))
const line = fc.array(word, {maxLength: 8}).map((words) => words.join(''))
const link = fc.constantFrom('[x](01-整体架构概述.md)', '[x](02-缺失.md)', '[x](../../etc/passwd)', '[x](https://example.com)', '[x](%E6%95)', '[x]()', '[x](.)')
const cell = fc.oneof(line, link, fc.constantFrom('**00**', '**01**', '⭐⭐', 'v1.0', 'v1.2.0', '2026-02-30', '2099-01-01', ''))
const header = fc.oneof(
  fc.constant(['文档编号', '文档标题', '主要内容', '技术难度']),
  fc.constant(['术语', '英文', '说明', '相关概念']),
  fc.constant(['版本', '日期', '主要变更', '作者']),
  fc.array(line, {minLength: 1, maxLength: 5}),
)
const table = fc
  .tuple(header, fc.array(fc.array(cell, {maxLength: 6}), {maxLength: 6}))
  .map(([head, rows]) => [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n'))
const block: fc.Arbitrary<string> = fc.letrec<{block: string}>((tie) => ({
  block: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    line,
    table,
    fc.tuple(fc.integer({min: 1, max: 7}), line).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
    fc.tuple(fc.constantFrom('```', '~~~', '```mermaid', '```go'), fc.array(line, {maxLength: 3}), fc.boolean()).map(
      ([fence, body, closed]) => [fence, ...body, ...(closed ? [fence.slice(0, 3)] : [])].join('\n'),
    ),
    fc.constantFrom('```mermaid\nmindmap\n  root((容器))\n    未知\n```', '```mermaid\nflowchart LR\n  A[01-错误] --> B["09-无"]\n```', '<div>\n|a|\n</div>', '**分层**（Layer）'),
    tie('block').map((inner) => inner.split('\n').map((text) => `> ${text}`).join('\n')),
    fc.tuple(fc.constantFrom('- ', '1. ', '* '), tie('block')).map(([marker, inner]) => inner.split('\n').map((text, index) => (index === 0 ? marker : '   ') + text).join('\n')),
  ),
})).block
const documentArbitrary = fc.tuple(fc.array(block, {maxLength: 8}), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(
  ([blocks, eol, bom]) => (bom ? '\uFEFF' : '') + blocks.join('\n\n').replaceAll('\n', eol),
)

describe('robustness of the preset', () => {
  it('never throws and keeps every message inside the file, on generated hostile Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(documentArbitrary, async (value) => {
        expectPlacesInside(value, await lintDocument(value))
      }),
      {numRuns: 150, seed: 20261129},
    )
  })

  it(`lints all ${commonmarkExamples.length} CommonMark spec examples without an exception`, async () => {
    for (const example of commonmarkExamples) {
      expectPlacesInside(example.markdown, await lintDocument(example.markdown))
    }
  })

  it('finishes a 5,000-level nested blockquote and a 10 MB file through the real CLI', () => {
    const deep = path.join(folder, 'deep')
    fs.mkdirSync(deep)
    fs.writeFileSync(path.join(deep, 'quote.md'), `${'> '.repeat(5000)}引用\n`)
    const chapter = fs.readFileSync(path.resolve(import.meta.dirname, '../../content/handbook/03-守护进程核心模块.md'), 'utf8')
    fs.writeFileSync(path.join(deep, 'large.md'), `# 大文件\n\n${chapter.replace(/^# .*\n/, '').replaceAll(/^# /gm, '## ').repeat(Math.ceil(10_500_000 / Buffer.byteLength(chapter)))}`)
    expect(fs.statSync(path.join(deep, 'large.md')).size).toBeGreaterThan(10_000_000)
    const run = runDocLint(deep, '.', '--quiet')
    expect(run.stderr).not.toMatch(/RangeError|Maximum call stack|\n\s+at /)
    expect(run.status === 0 || run.status === 1).toBe(true)
    // About finishing without a crash, not speed (benchmarks measure that): the 10 MB run takes
    // about 30 s alone and over 100 s on a 2-core machine shared by other jobs.
  }, 300_000)

  it('gives a non-UTF-8 file and a binary file one clear message each', () => {
    const mixed = path.join(folder, 'encodings')
    fs.mkdirSync(mixed)
    fs.writeFileSync(path.join(mixed, 'latin1.md'), Buffer.from('# Caf\xe9\n\nUn caf\xe9.\n', 'latin1'))
    fs.writeFileSync(path.join(mixed, 'image.md'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'))
    const run = runDocLint(mixed)
    expect(run.status).toBe(1)
    expect(reportedLines(run.stderr)).toEqual(['image.md:3:1 text-encoding', 'latin1.md:1:6 text-encoding'])
  })
})

describe('wrong options', () => {
  const cases = [
    ['a glossary that is not an array', '{glossaryCoverage: {glossary: "术语"}}', /Unexpected value `"术语"` for `options.glossary` of `glossary-coverage`/],
    ['a header with 3 cells', "{navTable: {header: ['文档编号', '文档标题', '主要内容']}}", /Unexpected value `\["文档编号","文档标题","主要内容"\]` for `options.header` of `nav-table`, expected an array of 4/],
    ['an unknown option', '{versionHistory: {today: 1}}', /Unexpected option `today` for `version-history`, expected `header` or `now`/],
  ] as const
  for (const [label, options, expected] of cases) {
    it(`names the option for ${label}, without a stack trace`, () => {
      const config = path.join(folder, `config-${cases.findIndex((entry) => entry[0] === label)}`)
      fs.mkdirSync(config, {recursive: true})
      fs.writeFileSync(path.join(config, 'package.json'), '{"type": "module"}\n')
      fs.writeFileSync(path.join(config, '00-总体说明.md'), '# Moby项目源码剖析 - 总体说明\n')
      const preset = path.resolve(import.meta.dirname, '../../packages/remark-preset/src/index.ts')
      fs.writeFileSync(path.join(config, '.remarkrc.js'), `import {createPreset} from ${JSON.stringify(`file://${preset}`)}\nexport default {plugins: [createPreset(${options})]}\n`)
      const run = runRemark(config)
      expect(run.status).toBe(1)
      expect(run.stderr).toMatch(expected)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    })
  }
})
