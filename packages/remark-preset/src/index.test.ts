import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {remark} from 'remark'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {VFile} from 'vfile'
import remarkLintOnePass, {checks} from '@moby-anatomy/remark-lint-one-pass'
import {remarkLintCommentControl} from './comment-control.ts'
import * as preset from './index.ts'
import remarkPresetMobyAnatomy, {createPreset, type PresetOptions} from './index.ts'
import type {Preset} from 'unified'

/** Rule ids the preset reports on a document. */
async function ruleIds(value: string, options?: Parameters<typeof createPreset>[0]): Promise<string[]> {
  const file = new VFile({value, path: 'x.md'})
  await remark()
    .use(options ? createPreset(options) : remarkPresetMobyAnatomy)
    .process(file)
  return file.messages.map((message) => String(message.ruleId)).sort()
}

describe('@moby-anatomy/remark-preset', () => {
  it('exports the preset, its builder and the heading punctuation', () => {
    expect(Object.keys(preset).sort()).toEqual(['createPreset', 'default', 'docSetDefaults', 'headingPunctuation'])
  })

  it('types its options', () => {
    expectTypeOf<PresetOptions['stockRules']>().toEqualTypeOf<boolean | null | undefined>()
    expectTypeOf(createPreset).returns.toEqualTypeOf<Preset>()
  })

  it('is clean on well-formed Chinese prose', async () => {
    expect(await ruleIds('# 标题\n\n## 概述\n\n正文，**加粗**与*强调*。\n\n- 一\n- 二\n\n```go\nfunc main() {}\n```\n')).toEqual([])
  })

  it('turns on the stock rules chosen for Chinese technical prose', async () => {
    const broken = '# 一\n\n# 二\n\n#### 跳级：\n\n```\ncode\n```\n\n* 星号\n\n__粗__\n\n[未定义]\n\n\n\n| a | b |\n| - | - |\n'
    expect(await ruleIds(broken)).toEqual(
      [
        'fenced-code-flag',
        'heading-increment',
        'no-consecutive-blank-lines',
        'no-heading-punctuation',
        'no-multiple-toplevel-headings',
        'no-undefined-references',
        'strong-marker',
        'unordered-list-marker-style',
      ].sort(),
    )
  })

  it('checks introduced terms against the doc set glossary by default, or against another', async () => {
    const text = '**容器**（Container）与**分层文件系统**（Layered Filesystem）。\n'
    expect(await ruleIds(text)).toEqual([])
    const file = new VFile({value: text, path: '01-x.md'})
    await remark().use(remarkPresetMobyAnatomy).process(file)
    expect(file.messages.map(String)).toEqual(['01-x.md:1:19-1:29: Unexpected term `分层文件系统` (Layered Filesystem) missing from the glossary, expected an entry for it'])
    const own = [{term: '分层文件系统', english: 'Layered Filesystem', description: '层叠的文件系统', related: ['分层文件系统']}]
    const custom = new VFile({value: text, path: '01-x.md'})
    await remark().use(createPreset({glossaryCoverage: {glossary: own}})).process(custom)
    expect(custom.messages.map((message) => message.reason)).toEqual(['Unexpected term `容器` (Container) missing from the glossary, expected an entry for it'])
  })

  it('checks cited Moby source against the refs lock beside the package, or another lock, or not at all', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'preset-refs-'))
    try {
      fs.writeFileSync(path.join(folder, 'package.json'), '{}\n')
      fs.writeFileSync(
        path.join(folder, 'refs.lock.json'),
        JSON.stringify({lockfileVersion: 1, repository: 'github.com/moby/moby', ref: 'docker-v29.7.2', commit: '6a43e3d5afddf4111da0f864bbc7cae5d7e95001', references: {'path:daemon/create.go': {kind: 'path', exists: true, type: 'blob', blob: '793a400d5865b20cb7c035f4b58bf8310c17e586', lines: 404}}}),
      )
      const reasons = async (options?: Parameters<typeof createPreset>[0], value = '见 `daemon/create.go:10` 与 `daemon/start.go`。\n') => {
        const file = new VFile({value, path: path.join(folder, 'docs/x.md'), cwd: folder})
        await remark().use(createPreset(options)).process(file)
        return file.messages.map((message) => `${message.ruleId}: ${message.reason}`)
      }
      expect(await reasons()).toEqual(['source-refs: Unexpected path `daemon/start.go` missing from `refs.lock.json`, expected it locked: run `pnpm refs:lock --moby <git dir>`'])
      expect(await reasons({sourceRefs: {lock: 'other.json'}})).toEqual(['source-refs: Unexpected source reference `daemon/create.go` without a lock file, expected `other.json`: run `pnpm refs:lock --moby <git dir>`'])
      expect(await reasons({sourceRefs: false})).toEqual([])
      expect(await reasons(undefined, '<!--lint ignore source-refs-->\n见 `daemon/start.go`。\n')).toEqual([])
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })

  it('checks Go programs against the examples lock beside them, and stays silent on a doc set without one', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'preset-go-'))
    try {
      fs.writeFileSync(path.join(folder, 'package.json'), '{}\n')
      fs.mkdirSync(path.join(folder, 'docs'))
      const program = '```go\npackage main\n\nfunc main() {}\n```\n'
      const reasons = async (options?: Parameters<typeof createPreset>[0], value = program) => {
        const file = new VFile({value, path: path.join(folder, 'docs/x.md'), cwd: folder})
        await remark().use(createPreset(options)).process(file)
        return file.messages.map((message) => `${message.ruleId}: ${message.reason}`)
      }
      // Another doc set's Go code, with no lock anywhere: nothing to check against, no warning.
      expect(await reasons()).toEqual([])
      expect(await reasons({goExamples: {lock: 'docs/examples.lock.json'}})).toEqual([
        'go-examples: Unexpected Go example without a lock file, expected `docs/examples.lock.json`: run `pnpm examples:verify --moby <git dir>`',
      ])
      fs.writeFileSync(
        path.join(folder, 'docs/examples.lock.json'),
        JSON.stringify({lockfileVersion: 1, repository: 'github.com/moby/moby', ref: 'docker-v29.7.2', commit: '6a43e3d5afddf4111da0f864bbc7cae5d7e95001', examples: []}),
      )
      expect(await reasons()).toEqual(['go-examples: Unexpected unverified Go example, expected `pnpm examples:verify --moby <git dir>` to have built it at `docker-v29.7.2`'])
      expect(await reasons({goExamples: false})).toEqual([])
      expect(await reasons(undefined, '<!--lint ignore go-examples-->\n' + program)).toEqual([])
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })

  it('parses YAML and TOML front matter as data, so no rule lints it (regression: front matter linted as Markdown)', async () => {
    const yaml = '---\ntitle: Build images\ndescription: "See [the docs](/engine/) and [x]"\nurl: "/engine/reference/"\n---\n\n# 标题\n\n正文。\n'
    const toml = '+++\ntitle = "Build"\n[menu.main]\nparent = "engine"\n+++\n\n# 标题\n\n正文。\n'
    expect(await ruleIds(yaml)).toEqual([])
    expect(await ruleIds(toml)).toEqual([])
  })

  it('does not count front matter as prose: a term used only there is unused', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'preset-front-matter-'))
    try {
      const glossary = [
        {term: '容器', english: 'Container', description: '隔离运行的进程', related: ['镜像']},
        {term: '镜像', english: 'Image', description: '只读模板', related: ['容器']},
      ]
      fs.writeFileSync(path.join(folder, '01-正文.md'), '---\ntitle: 镜像\n---\n\n# 正文\n\n容器。\n')
      const table = '# 总体说明\n\n| 术语 | 英文 | 说明 | 相关概念 |\n| --- | --- | --- | --- |\n| **容器** | Container | 隔离运行的进程 | 镜像 |\n| **镜像** | Image | 只读模板 | 容器 |\n'
      const file = new VFile({value: table, path: path.join(folder, '00-总体说明.md'), cwd: folder})
      await remark().use(createPreset({glossaryCoverage: {glossary}, stockRules: false})).process(file)
      expect(file.messages.map((message) => message.reason)).toEqual(['Unexpected unused entry `镜像`, expected a chapter to use `镜像`, `Image`'])
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })

  it('leaves the stock rules out with `stockRules: false`', async () => {
    const broken = '# 一\n\n# 二\n\n```\ncode\n```\n'
    expect(await ruleIds(broken, {stockRules: false})).toEqual([])
    expect(await ruleIds(broken, {})).toEqual(['fenced-code-flag', 'no-multiple-toplevel-headings'])
  })

  it('runs the 19 stock rules as one remark-lint-one-pass plugin, after the comment control and before the project rules', () => {
    const plugins = createPreset().plugins ?? []
    const lintAt = plugins.indexOf(remarkLintCommentControl)
    const onePassAt = plugins.findIndex((plugin) => Array.isArray(plugin) && plugin[0] === remarkLintOnePass)
    expect(lintAt).toBeGreaterThan(-1)
    expect(onePassAt).toBe(lintAt + 1)
    const settings = (plugins[onePassAt] as [unknown, Record<string, unknown>])[1]
    // Every check of the one pass is on, in the one pass's (the former plugins') order.
    expect(Object.keys(settings)).toEqual(checks.map((check) => check.name))
    expect(settings).toMatchObject({'heading-style': 'atx', 'no-heading-punctuation': preset.headingPunctuation, 'code-block-style': 'fenced', 'unordered-list-marker-style': '-', 'ordered-list-marker-style': '.', 'strong-marker': '*', 'emphasis-marker': '*'})
    expect(createPreset({stockRules: false}).plugins?.some((plugin) => Array.isArray(plugin) && plugin[0] === remarkLintOnePass)).toBe(false)
  })

  it('lets `<!--lint disable …-->` and `<!--lint ignore …-->` comments silence a stock rule, as before', async () => {
    const underscores = '# 标题\n\n正文，_强调_。\n'
    expect(await ruleIds(underscores)).toEqual(['emphasis-marker'])
    expect(await ruleIds('<!--lint disable emphasis-marker-->\n\n' + underscores)).toEqual([])
    expect(await ruleIds('# 标题\n\n<!--lint ignore emphasis-marker-->\n正文，_强调_。\n')).toEqual([])
    // Only the rule named: another stock rule still reports.
    expect(await ruleIds('<!--lint disable emphasis-marker-->\n\n' + underscores + '\n* 星号\n')).toEqual(['unordered-list-marker-style'])
  })

  it('turns a project rule off with `false`', async () => {
    const table = '| 版本 | 日期 | 主要变更 | 作者 |\n| --- | --- | --- | --- |\n| 1.0 | 2026-01-01 | 初始 | 甲 |\n'
    expect(await ruleIds(table)).toEqual(['version-history'])
    expect(await ruleIds(table, {versionHistory: false})).toEqual([])
  })
})
