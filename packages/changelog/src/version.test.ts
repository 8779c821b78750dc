/**
 * The history step on a small workspace in a temporary git repository, with
 * the real `changeset version`.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import remarkLintVersionHistory from '@moby-anatomy/remark-lint-version-history'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it} from 'vitest'
import {main} from './main.ts'
import {version} from './version.ts'

const history = '| 版本 | 日期 | 主要变更 | 作者 |\n| --- | --- | --- | --- |\n| v1.0 | 2025-11-01 | 初始版本 | 张三 |\n'
const env = {NODE_OPTIONS: '--conditions=@moby-anatomy/source', SOURCE_DATE_EPOCH: '1764374400', RELEASE_AUTHOR: undefined}
const folders: string[] = []

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
})

/** A workspace with `@x/docs` (a history table) and `@x/terms` in one fixed group, and a committed changeset. */
function workspace(changeset: string, options: unknown = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'history-step-'))
  folders.push(root)
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    fs.writeFileSync(path.join(root, file), text)
  }
  write('package.json', JSON.stringify({name: 'root', private: true}))
  write('pnpm-workspace.yaml', 'packages:\n  - docs\n  - terms\n')
  write('docs/package.json', JSON.stringify({name: '@x/docs', version: '1.0.0'}, null, 2) + '\n')
  write('docs/CHANGELOG.md', '# @x/docs\n\n## 1.0.0\n\n- 初始版本\n')
  write('docs/00-总体说明.md', `# 总体说明\n\n## 版本历史\n\n${history}\n## 小结\n\n完。\n`)
  write('terms/package.json', JSON.stringify({name: '@x/terms', version: '1.0.0'}, null, 2) + '\n')
  write(
    '.changeset/config.json',
    JSON.stringify({changelog: ['@moby-anatomy/changesets-changelog', options], commit: false, fixed: [['@x/docs', '@x/terms']], access: 'public', baseBranch: 'main'}),
  )
  write('.changeset/brave-fox.md', changeset)
  // The changesets CLI of this package, and this module from its sources.
  const cli = path.dirname(createRequire(import.meta.url).resolve('@changesets/cli/package.json'))
  fs.mkdirSync(path.join(root, 'node_modules/@changesets'), {recursive: true})
  fs.symlinkSync(cli, path.join(root, 'node_modules/@changesets/cli'))
  const shim = path.join(root, 'node_modules/@moby-anatomy/changesets-changelog')
  write(path.relative(root, path.join(shim, 'package.json')), JSON.stringify({name: '@moby-anatomy/changesets-changelog', type: 'module', exports: './index.js'}))
  write(path.relative(root, path.join(shim, 'index.js')), `export {default} from ${JSON.stringify(pathToFileURL(path.join(import.meta.dirname, 'index.ts')).href)}\n`)
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, '-c', 'user.name=王五', '-c', 'user.email=wang@example.com', 'commit', '-qm', 'changeset')
  return root
}

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, {cwd, encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`)
  return run.stdout
}

/** Messages of the version-history rule on a file, as `line:column: reason`. */
async function lint(file: string): Promise<string[]> {
  const vfile = new VFile({path: file, value: fs.readFileSync(file, 'utf8')})
  await remark().use(remarkGfm).use(remarkLintVersionHistory, {now: '2025-11-29'}).process(vfile)
  return vfile.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`).sort()
}

describe('changesets-history version', () => {
  it('bumps the fixed group, writes the CHANGELOG entry and one history row that lints clean', async () => {
    const root = workspace('---\n"@x/docs": minor\n---\n\n新增第七章：插件系统\n')
    const before = fs.readFileSync(path.join(root, 'docs/00-总体说明.md'), 'utf8')
    const result = await version({cwd: root, env})
    const row = '| v1.1 | 2025-11-29 | 新增第七章：插件系统 | 王五 |'
    expect(result.rows.map((entry) => [path.relative(root, entry.file), entry.row])).toEqual([
      ['docs/00-总体说明.md', {version: 'v1.1', date: '2025-11-29', changes: '新增第七章：插件系统', authors: '王五'}],
    ])
    expect(fs.readFileSync(path.join(root, 'docs/00-总体说明.md'), 'utf8')).toBe(before.replace(history, `${history}${row}\n`))
    expect(JSON.parse(fs.readFileSync(path.join(root, 'docs/package.json'), 'utf8')).version).toBe('1.1.0')
    expect(JSON.parse(fs.readFileSync(path.join(root, 'terms/package.json'), 'utf8')).version).toBe('1.1.0')
    const commit = git(root, 'log', '--format=%h', '-1', '--abbrev=7').trim()
    expect(fs.readFileSync(path.join(root, 'docs/CHANGELOG.md'), 'utf8')).toContain(`## 1.1.0\n\n### Minor Changes\n\n- ${commit}: 新增第七章：插件系统\n\n## 1.0.0`)
    expect(fs.existsSync(path.join(root, '.changeset/brave-fox.md'))).toBe(false)
    expect(await lint(path.join(root, 'docs/00-总体说明.md'))).toEqual([])
  })

  it('takes RELEASE_AUTHOR over the git author', async () => {
    const root = workspace('---\n"@x/terms": patch\n---\n\n修订术语表\n')
    const result = await version({cwd: root, env: {...env, RELEASE_AUTHOR: '发布机器人'}})
    expect(result.rows.map((entry) => entry.row)).toEqual([{version: 'v1.0.1', date: '2025-11-29', changes: '修订术语表', authors: '发布机器人'}])
  })

  it('fails lint when the history row disagrees with package.json or CHANGELOG.md', async () => {
    const root = workspace('---\n"@x/docs": minor\n---\n\n新增第七章\n')
    await version({cwd: root, env})
    const chapter = path.join(root, 'docs/00-总体说明.md')
    const manifest = path.join(root, 'docs/package.json')
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('1.1.0', '1.2.0'))
    expect(await lint(chapter)).toEqual(['8:3: Unexpected last version `v1.1`, expected `v1.2` from `package.json` (`1.2.0`)'])
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('1.2.0', '1.1.0'))
    const changelog = path.join(root, 'docs/CHANGELOG.md')
    fs.writeFileSync(changelog, fs.readFileSync(changelog, 'utf8').replace('## 1.1.0', '## 1.1.1'))
    expect(await lint(chapter)).toEqual([
      '5:1: Unexpected version `1.1.1` of `CHANGELOG.md` missing from the table, expected a row `v1.1.1`',
      '8:3: Unexpected version `v1.1` missing from `CHANGELOG.md`, expected a `## 1.1.0` entry there',
    ])
  })

  it('rejects a changeset naming an unknown package before any file changes', async () => {
    const root = workspace('---\n"@x/doc": patch\n---\n\n修订\n')
    await expect(version({cwd: root, env})).rejects.toThrow(
      'Unexpected package `@x/doc` in .changeset/brave-fox.md, expected a package of this workspace: did you mean `@x/docs`? Fix the name in the changeset\'s front matter (`"@x/docs": patch`).',
    )
    expect(git(root, 'status', '--porcelain')).toBe('')
  })

  it('rejects a release without changesets', async () => {
    const root = workspace('---\n"@x/docs": minor\n---\n\n新增第七章\n')
    fs.rmSync(path.join(root, '.changeset/brave-fox.md'))
    await expect(version({cwd: root, env})).rejects.toThrow('Unexpected release without changesets in .changeset/, expected at least one: add it with `pnpm changeset` and commit it')
  })

  it('rejects bad module options in .changeset/config.json with the line to write', async () => {
    const root = workspace('---\n"@x/docs": minor\n---\n\n新增第七章\n', {separater: '；'})
    await expect(version({cwd: root, env})).rejects.toThrow(
      'Unexpected option `separater` for `@moby-anatomy/changesets-changelog`, expected `header`, `separator`, or `authorSeparator`.\nWrite it in .changeset/config.json as:\n  "changelog": ["@moby-anatomy/changesets-changelog", {"header": ["版本", "日期", "主要变更", "作者"]}]',
    )
  })

  it('exits 1 with the message (no stack) on a broken release, 2 on a usage error', async () => {
    const root = workspace('---\n"@x/doc": minor\n---\n\n新增第七章\n')
    const errors: string[] = []
    const original = console.error
    console.error = (message: string) => errors.push(message)
    try {
      expect(await main(['version'], root)).toBe(1)
      expect(await main(['publish'], root)).toBe(2)
      expect(await main(['version', '--dry'], root)).toBe(2)
      expect(await main(['version', '--cwd', os.tmpdir()], root)).toBe(1)
    } finally {
      console.error = original
    }
    expect(errors[0]).toMatch(/^changesets-history: Unexpected package `@x\/doc` in \.changeset\/brave-fox\.md/)
    expect(errors[0]).not.toContain('    at ')
    expect(errors[1]).toMatch(/^changesets-history: Unexpected command `publish`, expected `version`/)
    expect(errors[3]).toMatch(/^changesets-history: Unexpected failure of the release step: No package\.json could be found upwards/)
    expect(errors.join('\n')).not.toContain('    at ')
  })
})
