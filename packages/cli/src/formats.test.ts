/**
 * Report formats: SARIF validated against the SARIF 2.1.0 schema, `github`
 * workflow commands exact (escaping included), `json` in its documented shape.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {formatReport, githubCommand, ownVersion} from './formats.ts'
import {lint} from './lint.ts'

const chapter = '# Moby项目源码剖析 - 第一章\n\n正文。\n'
const index = [
  '# Moby项目源码剖析 - 总体说明',
  '',
  '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |',
  '| --- | --- | --- | --- |',
  '| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |',
  '| **01** | [旧标题](01-第一章.md) | 一 | ⭐ |',
  '',
].join('\n')

let folder: string

beforeAll(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'doc-lint-formats-')))
  fs.writeFileSync(path.join(folder, '00-总体说明.md'), index)
  fs.writeFileSync(path.join(folder, '01-第一章.md'), chapter)
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

/** Lint the folder in `format`; the report written to stdout. */
async function report(format: 'json' | 'sarif' | 'github' | 'summary'): Promise<{code: number; out: string}> {
  let out = ''
  const sink = new Writable({write: (chunk, _encoding, done) => void ((out += String(chunk)), done())})
  const code = await lint({paths: [folder], cwd: folder, format, streamOut: sink, streamError: sink})
  return {code, out}
}

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with rule metadata and 1-based regions', async () => {
    const {code, out} = await report('sarif')
    expect(code).toBe(1)
    const log = JSON.parse(out) as {runs: {tool: {driver: {rules: {id: string; helpUri?: string}[]; version: string}}; results: {ruleId: string; locations: {physicalLocation: {artifactLocation: {uri: string}; region: Record<string, number>}}[]}[]}[]}
    const schema = JSON.parse(fs.readFileSync(new URL('../test/fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object
    // CommonJS modules: `.default` is the class (and the plugin) in both Node and TypeScript's view.
    const ajv = new Ajv.default({allErrors: true, strict: false, unicodeRegExp: false}) // the schema's language-tag pattern is not valid with the `u` flag
    addFormats.default(ajv)
    const validate = ajv.compile(schema)
    expect(validate(log) ? [] : validate.errors).toEqual([])
    const [run] = log.runs
    expect(run?.tool.driver.version).toBe(ownVersion())
    expect(run?.tool.driver.rules).toContainEqual({id: 'nav-table', helpUri: expect.stringMatching(/remark-lint-nav-table#readme$/)})
    const result = run?.results.find((entry) => entry.ruleId === 'nav-table')
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(encodeURIComponent('00-总体说明.md'))
    expect(result?.locations[0]?.physicalLocation.region).toEqual({startLine: 6, startColumn: 12, endLine: 6, endColumn: 28})
  })

  it('is a valid empty log for a clean run', async () => {
    let out = ''
    const sink = new Writable({write: (chunk, _encoding, done) => void ((out += String(chunk)), done())})
    fs.writeFileSync(path.join(folder, 'clean.md'), '# Clean\n')
    expect(await lint({paths: [path.join(folder, 'clean.md')], cwd: folder, format: 'sarif', streamOut: sink})).toBe(0)
    expect((JSON.parse(out) as {runs: {results: unknown[]}[]}).runs[0]?.results).toEqual([])
    fs.rmSync(path.join(folder, 'clean.md'))
  })
})

describe('--format github', () => {
  it('prints one workflow command per finding, exactly', async () => {
    const {code, out} = await report('github')
    expect(code).toBe(1)
    expect(out).toBe(
      '::warning file=00-总体说明.md,line=6,col=12,endLine=6,endColumn=28,title=nav-table::Unexpected title `旧标题` for `01-第一章.md`, expected `第一章` (its heading)\n',
    )
  })

  it('escapes data and properties as GitHub documents', () => {
    const line = githubCommand({
      file: 'a,b:c%.md',
      ruleId: 'x:y',
      source: 'remark-lint',
      severity: 'error',
      message: '100% done\r\nnext: a,b',
      line: 1,
      column: 2,
      endLine: null,
      endColumn: null,
      url: null,
      expected: null,
    })
    expect(line).toBe('::error file=a%2Cb%3Ac%25.md,line=1,col=2,title=x%3Ay::100%25 done%0D%0Anext: a,b')
  })
})

describe('--format json', () => {
  it('has the documented shape: version 1, one entry per finding', async () => {
    const {out} = await report('json')
    const parsed = JSON.parse(out) as {version: number; findings: Record<string, unknown>[]}
    expect(parsed.version).toBe(1)
    expect(parsed.findings).toContainEqual({
      file: '00-总体说明.md',
      ruleId: 'nav-table',
      source: 'remark-lint',
      severity: 'warning',
      message: expect.stringMatching(/^Unexpected title `旧标题`/),
      line: 6,
      column: 12,
      endLine: 6,
      endColumn: 28,
      url: expect.stringMatching(/remark-lint-nav-table#readme$/),
      // The one repair of the reported range (the link), as editors offer it.
      expected: ['[第一章](01-第一章.md)'],
    })
  })
})

describe('--format summary', () => {
  it('is a Markdown table of every finding, pipes escaped', () => {
    const messages = Array.from({length: 12}, (_, index) => ({reason: `Unexpected \`a|b\` ${index + 1}`, place: {line: index + 1, column: 1}, ruleId: 'demo', source: 'remark-lint', fatal: false}))
    const table = formatReport('summary', [{path: 'a.md', messages}], {cwd: folder, quiet: false, color: false})
    const rows = table.split('\n').filter((line) => line.startsWith('| a.md'))
    expect(rows).toHaveLength(12)
    expect(rows[0]).toBe('| a.md:1:1 | warning | demo | Unexpected `a\\|b` 1 |')
    expect(table).toMatch(/^### doc-lint\n\n12 findings:\n/)
  })
})
