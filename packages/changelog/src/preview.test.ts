/**
 * `changesets-history preview` (`pnpm release:preview`) on a temporary git
 * repository: a branch's changesets and the history rows they would write,
 * the friendly note without one, and no file changed.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {main} from './main.ts'
import {preview} from './preview.ts'

const history = '| 版本 | 日期 | 主要变更 | 作者 |\n| --- | --- | --- | --- |\n| v1.0 | 2025-11-01 | 初始版本 | 张三 |\n'
const env = {SOURCE_DATE_EPOCH: '1764374400'} // 2025-11-29
const options = {header: ['版本', '日期', '主要变更', '作者'], separator: '；', authorSeparator: '、'}
const folders: string[] = []

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
})

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, {cwd, encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`)
  return run.stdout
}

function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
  fs.writeFileSync(path.join(root, file), text)
}

/** A workspace on `main` with a changeset already pending there, and a branch `feature` checked out. */
function repository(): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'release-preview-')))
  folders.push(root)
  write(root, 'package.json', JSON.stringify({name: 'root', private: true}))
  write(root, 'pnpm-workspace.yaml', 'packages:\n  - docs\n  - terms\n')
  write(root, 'docs/package.json', JSON.stringify({name: '@x/docs', version: '1.0.0'}, null, 2) + '\n')
  write(root, 'docs/00-总体说明.md', `# 总体说明\n\n## 版本历史\n\n${history}`)
  write(root, 'terms/package.json', JSON.stringify({name: '@x/terms', version: '1.0.0'}, null, 2) + '\n')
  write(root, '.changeset/config.json', JSON.stringify({changelog: ['@moby-anatomy/changesets-changelog', options], commit: false, fixed: [['@x/docs', '@x/terms']], access: 'public', baseBranch: 'main'}))
  write(root, '.changeset/old-cat.md', '---\n"@x/terms": patch\n---\n\n主分支上已有的变更\n')
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, '-c', 'user.name=张三', '-c', 'user.email=zhang@example.com', 'commit', '-qm', 'main')
  git(root, 'checkout', '-q', '-b', 'feature')
  return root
}

/** Commit everything as 李四. */
function commit(root: string, message: string): void {
  git(root, 'add', '-A')
  git(root, '-c', 'user.name=李四', '-c', 'user.email=li@example.com', 'commit', '-qm', message)
}

describe('release preview', () => {
  it("shows the branch's changesets and the row the release step would write, and changes nothing", async () => {
    const root = repository()
    write(root, '.changeset/brave-fox.md', '---\n"@x/docs": minor\n---\n\n新增第二章：网络\n')
    write(root, 'docs/02-网络.md', '# 网络\n')
    commit(root, 'chapter 2')
    expect(await preview({cwd: root, since: 'main', env})).toBe(
      [
        '### Release preview',
        '',
        'This branch adds 1 changeset since `main`:',
        '',
        '- `.changeset/brave-fox.md` (`@x/docs` minor, by 李四): 新增第二章：网络',
        '',
        'The release step would add these version-history rows (dated today):',
        '',
        '`docs/00-总体说明.md`:',
        '',
        '| 版本 | 日期 | 主要变更 | 作者 |',
        '| --- | --- | --- | --- |',
        '| v1.1 | 2025-11-29 | 新增第二章：网络 | 李四 |',
        '',
      ].join('\n'),
    )
    expect(git(root, 'status', '--porcelain')).toBe('')
  })

  it('without a changeset: how to add one, and that a typo fix can use an empty one', async () => {
    const root = repository()
    write(root, 'docs/00-总体说明.md', `# 总体说明（修订）\n\n## 版本历史\n\n${history}`)
    commit(root, 'typo')
    const text = await preview({cwd: root, since: 'main', env})
    expect(text).toMatch(/^### Release preview\n\nThis branch adds no changeset since `main`/)
    expect(text).toContain('run `pnpm changeset`')
    expect(text).toContain('`pnpm changeset --empty`')
  })

  it('with an empty changeset: listed, no row', async () => {
    const root = repository()
    write(root, '.changeset/quiet-owl.md', '---\n---\n')
    commit(root, 'typo, empty changeset')
    const text = await preview({cwd: root, since: 'main', env})
    expect(text).toContain('- `.changeset/quiet-owl.md` (empty (no release), by 李四)')
    expect(text).toContain('They add no version-history row')
  })

  it('runs as `changesets-history preview --since <ref>`; without --since it is a usage error', async () => {
    const root = repository()
    const out: string[] = []
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true))
    const errors: string[] = []
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
    try {
      expect(await main(['preview', '--since', 'main'], root)).toBe(0)
      expect(await main(['preview'], root)).toBe(2)
    } finally {
      stdout.mockRestore()
      error.mockRestore()
    }
    expect(out.join('')).toMatch(/^### Release preview\n\nThis branch adds no changeset/)
    expect(errors.join('\n')).toMatch(/Unexpected `preview` without `--since <git ref>`/)
  })
})
