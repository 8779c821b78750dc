/**
 * The pre-commit hook, end to end: `scripts/install-git-hooks.ts` (the root
 * `prepare` script) installs the root package.json's `simple-git-hooks`
 * config into a temporary repository, and a commit that changes a chapter's
 * H1 is stopped by the navigation table's finding.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot} from './harness.ts'

const navTable = [
  '# Moby项目源码剖析 - 总体说明',
  '',
  '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |',
  '| --- | --- | --- | --- |',
  '| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |',
  '| **01** | [第一章](01-第一章.md) | 一 | ⭐ |',
  '',
].join('\n')
const chapter = '# Moby项目源码剖析 - 第一章\n\n正文。\n'

const rootManifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {scripts: Record<string, string>; 'simple-git-hooks': Record<string, unknown>}
// Without CI: the test may itself run in CI, where the install is skipped on purpose.
const {CI: _ci, ...environment} = process.env
let repo: string

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = environment) {
  const result = spawnSync(command, args, {cwd: repo, encoding: 'utf8', env})
  return {status: result.status, output: `${result.stdout}${result.stderr}`}
}

const hookFile = () => path.join(repo, '.git/hooks/pre-commit')
const commits = () => Number(run('git', ['rev-list', '--count', 'HEAD']).output.trim())

beforeAll(() => {
  repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'doc-lint-hook-')))
  run('git', ['init', '--quiet', '--initial-branch=main'])
  run('git', ['config', 'user.name', 'Test'])
  run('git', ['config', 'user.email', 'test@example.com'])
  // The root's hook config as it is; `lint:changed` is the root's command with this checkout's doc-lint.
  const lintChanged = rootManifest.scripts['lint:changed'] ?? ''
  expect(lintChanged).toMatch(/packages\/cli\/src\/bin\.ts --changed/)
  const command = `"${process.execPath}" --conditions=@moby-anatomy/source "${path.join(repoRoot, 'packages/cli/src/bin.ts')}" --changed --quiet`
  const manifest = {name: 'hook-test', private: true, scripts: {'lint:changed': command}, 'simple-git-hooks': rootManifest['simple-git-hooks']}
  fs.writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  fs.mkdirSync(path.join(repo, 'docs'))
  fs.writeFileSync(path.join(repo, 'docs/00-总体说明.md'), navTable)
  fs.writeFileSync(path.join(repo, 'docs/01-第一章.md'), chapter)
  run('git', ['add', '.'])
  run('git', ['commit', '--quiet', '-m', 'initial'])
})

afterAll(() => {
  fs.rmSync(repo, {recursive: true, force: true})
})

describe('pre-commit hook (simple-git-hooks, installed by `prepare`)', () => {
  it('is not installed when CI=true', () => {
    const result = run(process.execPath, [path.join(repoRoot, 'scripts/install-git-hooks.ts')], {...environment, CI: 'true'})
    expect(result.status).toBe(0)
    expect(result.output).toMatch(/not installed in CI/)
    expect(fs.existsSync(hookFile())).toBe(false)
  })

  it('is installed otherwise, running `pnpm lint:changed`', () => {
    const result = run(process.execPath, [path.join(repoRoot, 'scripts/install-git-hooks.ts')])
    expect(result.status).toBe(0)
    expect(fs.readFileSync(hookFile(), 'utf8')).toMatch(/pnpm run --silent lint:changed$/m)
  })

  it("blocks a commit that changes a chapter's H1 with the navigation table's finding", () => {
    fs.writeFileSync(path.join(repo, 'docs/01-第一章.md'), '# Moby项目源码剖析 - 第一章新标题\n\n正文。\n')
    run('git', ['add', '.'])
    const before = commits()
    const result = run('git', ['commit', '-m', 'rename chapter 1'])
    expect(result.status).not.toBe(0)
    expect(result.output).toMatch(/docs\/00-总体说明\.md/)
    expect(result.output).toMatch(/Unexpected title `第一章` for `01-第一章\.md`, expected `第一章新标题`.*nav-table/)
    expect(commits()).toBe(before)
  })

  it('lets the same commit through with --no-verify or SKIP_SIMPLE_GIT_HOOKS=1', () => {
    const before = commits()
    expect(run('git', ['commit', '--quiet', '--no-verify', '-m', 'skipped']).status).toBe(0)
    run('git', ['reset', '--quiet', '--soft', 'HEAD~1'])
    expect(run('git', ['commit', '--quiet', '-m', 'skipped'], {...environment, SKIP_SIMPLE_GIT_HOOKS: '1'}).status).toBe(0)
    expect(commits()).toBe(before + 1)
    run('git', ['reset', '--quiet', '--hard', 'HEAD~1'])
  })

  it('lets a clean change pass', () => {
    fs.writeFileSync(path.join(repo, 'docs/01-第一章.md'), '# Moby项目源码剖析 - 第一章\n\n更多正文。\n')
    run('git', ['add', '.'])
    const before = commits()
    const result = run('git', ['commit', '-m', 'more prose'])
    expect(result.output).not.toMatch(/warning|error/)
    expect(result.status).toBe(0)
    expect(commits()).toBe(before + 1)
  })
})
