/**
 * Issue 12: fixers, reports and the release step never lose a byte or write
 * outside the doc set, and no input hangs or crashes a command. Each test
 * runs the real CLI on a fixture folder built in a temporary directory and is
 * named after the item it proves (`item N`). Faults are real: `ulimit -f`
 * (the file-size limit, as a full disk looks to a writer), `ulimit -n`, a
 * read-only folder (a read-only bind mount as root, `chmod` otherwise), FIFOs
 * and symbolic links.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {defaultLimits} from '@moby-anatomy/doc-files'
import {fixFiles} from '@moby-anatomy/doc-lint'
import {afterAll, describe, expect, it} from 'vitest'
import {bins, isRoot, makeReadOnly, repoRoot, runChangesetsHistory, runDocLint, runLimited, runMobyRefs, snapshot} from './harness.ts'

const temporary: string[] = []
afterAll(() => {
  for (const folder of temporary) fs.rmSync(folder, {recursive: true, force: true})
})

/** A new empty folder, removed after the tests. */
function folder(prefix: string): string {
  const created = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`))
  temporary.push(created)
  return created
}

const header = '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |\n| --- | --- | --- | --- |\n'
const prefix = 'Moby项目源码剖析 - '

/** A doc set: `00-总体说明.md` holding the navigation `rows` (and `extra` text), and chapters by file name → title. */
function docSet(dir: string, rows: readonly string[], chapters: Readonly<Record<string, string>> = {}, extra = ''): string {
  fs.mkdirSync(dir, {recursive: true})
  fs.writeFileSync(path.join(dir, '00-总体说明.md'), `# ${prefix}总体说明\n\n${header}${rows.map((row) => `${row}\n`).join('')}${extra}`)
  for (const [name, title] of Object.entries(chapters)) fs.writeFileSync(path.join(dir, name), `# ${prefix}${title}\n\n正文。\n`)
  return path.join(dir, '00-总体说明.md')
}

const staleRow = '| **00** | [旧标题](00-总体说明.md) | 概述 | ⭐ |'
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m)
const temporaryFiles = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))

describe('item 1: every writer writes a temporary file and renames it; a failed write leaves the target untouched', () => {
  it('doc-lint fix under `ulimit -f`: the chapter is untouched, one line names it and the error, the other file is still fixed', () => {
    const root = folder('fix-ulimit')
    const padding = `\n${'长文本填充。'.repeat(20_000)}\n`
    const big = docSet(path.join(root, 'big'), [staleRow], {}, padding)
    const small = docSet(path.join(root, 'small'), [staleRow])
    const before = fs.readFileSync(big)
    expect(before.length).toBeGreaterThan(300_000)
    const run = runLimited('ulimit -f 100', bins.docLint, ['fix', 'big', 'small'], root)
    expect(run.status).toBe(2)
    expect(fs.readFileSync(big).equals(before)).toBe(true)
    expect(temporaryFiles(path.join(root, 'big'))).toEqual([])
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^doc-lint: big\/00-总体说明\.md: cannot be written \(EFBIG: file too large\); the file is unchanged$/)])
    expect(run.stdout).toContain('fixed small/00-总体说明.md')
    expect(fs.readFileSync(small, 'utf8')).toContain('| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |')
    noStack(run.stderr)
  })

  it('doc-lint fix in a read-only folder: untouched, named, exit 2, the rest fixed', (context) => {
    const root = folder('fix-readonly')
    const locked = docSet(path.join(root, 'locked'), [staleRow])
    const open = docSet(path.join(root, 'open'), [staleRow])
    const before = fs.readFileSync(locked)
    const readOnly = makeReadOnly(path.join(root, 'locked'))
    if ('reason' in readOnly) {
      console.log(`skipped: ${readOnly.reason}`)
      context.skip()
      return
    }
    let run
    try {
      run = runDocLint(root, 'fix', 'locked', 'open')
    } finally {
      readOnly.undo()
    }
    expect(run.status).toBe(2)
    expect(fs.readFileSync(locked).equals(before)).toBe(true)
    expect(run.stderr).toMatch(/^doc-lint: locked\/00-总体说明\.md: cannot be written \((EROFS|EACCES): [^)]*\); the file is unchanged$/m)
    expect(fs.readFileSync(open, 'utf8')).toContain('[总体说明](00-总体说明.md)')
    noStack(run.stderr)
  })
  it('doc-lint fix on a full disk (ENOSPC, a small tmpfs; root only): untouched, named, exit 2', (context) => {
    if (!isRoot) {
      console.log('skipped: mounting a small tmpfs to fill needs root (CI runs as root)')
      context.skip()
      return
    }
    const mountPoint = folder('fix-enospc')
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], {encoding: 'utf8'})
    if (mount.status !== 0) {
      console.log(`skipped: mounting a tmpfs failed here (${mount.stderr.trim()})`)
      context.skip()
      return
    }
    try {
      const index = docSet(path.join(mountPoint, 'docs'), [staleRow], {}, `\n${'长文本填充。'.repeat(4_000)}\n`)
      const before = fs.readFileSync(index)
      // Fill what is left, so the temporary copy cannot be written.
      spawnSync('dd', ['if=/dev/zero', `of=${path.join(mountPoint, 'filler')}`, 'bs=4k'], {encoding: 'utf8'})
      const run = runDocLint(mountPoint, 'fix', 'docs')
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(/^doc-lint: docs\/00-总体说明\.md: cannot be written \(ENOSPC: no space left on device\); the file is unchanged$/m)
      expect(fs.readFileSync(index).equals(before)).toBe(true)
      expect(temporaryFiles(path.join(mountPoint, 'docs'))).toEqual([])
    } finally {
      spawnSync('umount', [mountPoint])
    }
  })
})

describe('item 2: navigation rows move their summary only with an exact match of the target file', () => {
  it('keeps rows for deleted chapters as written, does not give 05-调试’s summary to 06-调优, and lint reports them', () => {
    const root = folder('nav-missing')
    const rows = ['| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |', '| **05** | [调试](05-调试.md) | 调试技巧 | ⭐⭐ |', '| **07** | [插件](07-插件.md) | 插件系统 | ⭐⭐⭐ |']
    const index = docSet(root, rows, {'06-调优.md': '调优'})
    const run = runDocLint(root, 'fix')
    expect(run.status).toBe(0)
    const table = fs.readFileSync(index, 'utf8')
    expect(table).toContain(`${rows[1]}\n`)
    expect(table).toContain(`${rows[2]}\n`)
    expect(table).toContain('| **06** | [调优](06-调优.md) |  |  |\n')
    expect(table).not.toMatch(/06-调优\.md\) \| 调试技巧/)
    const lint = runDocLint(root)
    expect(lint.status).toBe(1)
    expect(lint.stderr).toMatch(/Unexpected link to missing file `05-调试\.md`/)
    expect(lint.stderr).toMatch(/Unexpected link to missing file `07-插件\.md`/)
  })
})

describe('item 3: an edit saved while fix runs is not overwritten', () => {
  it('checks the file just before the rename and skips it, saying so', () => {
    const root = folder('fix-race')
    const index = docSet(root, [staleRow])
    // A fixer that, like an editor saving meanwhile, changes the file on disk before fix writes.
    const saveMeanwhile = (text: string, file: string) => {
      fs.appendFileSync(file, '\n编辑器刚保存的一段。\n')
      return text.replace('旧标题', '总体说明')
    }
    const result = fixFiles([index], [saveMeanwhile], {rootOf: () => root, limits: defaultLimits})
    expect(result.rewritten).toEqual([])
    expect(result.changedMeanwhile.map((error) => error.reason)).toEqual(['changed on disk since it was read, so it was not overwritten (run the command again)'])
    expect(fs.readFileSync(index, 'utf8')).toContain('编辑器刚保存的一段。')
    expect(fs.readFileSync(index, 'utf8')).toContain('旧标题')
  })
})

describe('item 4: fix escapes link text and targets, so fix then lint is clean', () => {
  it('titles and file names with \\ [ ] # ? % > & | ` < round-trip', () => {
    const root = folder('nav-escape')
    const chapters = {
      '01-a\\b.md': 'a\\b 与 [方括号] 与 `反引号`',
      '02-x[y].md': '井号 #1、问号?、百分号 100%',
      '03-c#d.md': '大于 > 与 &amp; 实体',
      '04-e?f.md': '竖线 \\| 与 <小于',
      '05-g%h.md': '星号 \\*不是强调\\* 与 _下划线_',
      '06-i>j k(l).md': '空格 与 (括号)',
    }
    const index = docSet(root, [], chapters)
    expect(runDocLint(root, 'fix').status).toBe(0)
    const fixed = fs.readFileSync(index, 'utf8')
    const lint = runDocLint(root)
    const navMessages = lint.stderr.split('\n').filter((line) => line.includes('nav-table'))
    expect(navMessages.length).toBeGreaterThan(0)
    // Only the cells a person must fill are left: no title, link or row finding.
    for (const line of navMessages) expect(line).toMatch(/Unexpected empty summary cell|Unexpected difficulty ``/)
    expect(runDocLint(root, 'fix').stdout).toContain('0 of 7 files changed')
    expect(fs.readFileSync(index, 'utf8')).toBe(fixed)
  })
})

/** A workspace for the release step: `@x/docs` with a history table, a committed changeset, the real changesets CLI. */
function releaseWorkspace(changeset: string, chapterExtra = ''): string {
  const root = folder('release-safety')
  const write = (file: string, text: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    fs.writeFileSync(path.join(root, file), text)
  }
  write('package.json', JSON.stringify({name: 'root', private: true}))
  write('pnpm-workspace.yaml', 'packages:\n  - docs\n')
  write('docs/package.json', JSON.stringify({name: '@x/docs', version: '1.0.0'}, null, 2) + '\n')
  write('docs/CHANGELOG.md', '# @x/docs\n\n## 1.0.0\n\n- 初始版本\n')
  write('docs/00-总体说明.md', `# 总体说明\n\n| 版本 | 日期 | 主要变更 | 作者 |\n| --- | --- | --- | --- |\n| v1.0 | 2025-11-01 | 初始版本 | 张三 |\n${chapterExtra}`)
  write('.changeset/config.json', JSON.stringify({changelog: ['@moby-anatomy/changesets-changelog', {}], commit: false, access: 'public', baseBranch: 'main'}))
  write('.changeset/brave-fox.md', changeset)
  const require = createRequire(path.join(repoRoot, 'packages/changelog/package.json'))
  fs.mkdirSync(path.join(root, 'node_modules/@changesets'), {recursive: true})
  fs.symlinkSync(path.dirname(require.resolve('@changesets/cli/package.json')), path.join(root, 'node_modules/@changesets/cli'))
  const shim = 'node_modules/@moby-anatomy/changesets-changelog'
  write(`${shim}/package.json`, JSON.stringify({name: '@moby-anatomy/changesets-changelog', type: 'module', exports: './index.js'}))
  write(`${shim}/index.js`, `export {default} from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'packages/changelog/src/index.ts')).href)}\n`)
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=王五', '-c', 'user.email=w@example.com', '-c', 'commit.gpgsign=false', ...args], {cwd: root, stdio: 'ignore'})
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-qm', 'changeset')
  return root
}

const releaseEnv = {NODE_OPTIONS: '--conditions=@moby-anatomy/source', SOURCE_DATE_EPOCH: '1764374400', RELEASE_AUTHOR: ''}
const minor = (summary: string) => `---\n"@x/docs": minor\n---\n\n${summary}\n`

describe('item 5: the release step checks everything before the first file changes', () => {
  it.each([
    ['an empty summary', minor(''), {}, /with an empty summary/],
    ['a date in the future', minor('新增一章'), {SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000) + 3 * 86_400)}, /in the future/],
    ['a date before the last row', minor('新增一章'), {SOURCE_DATE_EPOCH: '1735689600'}, /Unexpected release date `2025-01-01` before `2025-11-01`/],
    ['a year past 9999', minor('新增一章'), {SOURCE_DATE_EPOCH: '253402300800'}, /past the year 9999/],
  ])('refuses %s with exit 1 and no file changed', (_, changeset, env, message) => {
    const root = releaseWorkspace(changeset)
    const before = snapshot(root)
    const run = runChangesetsHistory(root, {...releaseEnv, ...env}, 'version')
    expect(run.stderr).toMatch(message)
    expect(run.status).toBe(1)
    expect(snapshot(root)).toEqual(before)
    noStack(run.stderr)
  })

  it('refuses a binary CHANGELOG.md, and a FIFO one without hanging (item 9), before any file changes', () => {
    const binary = releaseWorkspace(minor('新增一章'))
    fs.writeFileSync(path.join(binary, 'docs/CHANGELOG.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]))
    const before = snapshot(binary)
    const run = runChangesetsHistory(binary, releaseEnv, 'version')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/CHANGELOG\.md: Unexpected file that is not UTF-8 text/)
    expect(snapshot(binary)).toEqual(before)

    const fifo = releaseWorkspace(minor('新增一章'))
    fs.rmSync(path.join(fifo, 'docs/CHANGELOG.md'))
    execFileSync('mkfifo', [path.join(fifo, 'docs/CHANGELOG.md')])
    const fifoBefore = snapshot(fifo)
    const fifoRun = runLimited('', bins.changesetsHistory, ['version'], fifo, releaseEnv, 30_000)
    expect(fifoRun.stderr).toMatch(/CHANGELOG\.md: cannot be read: it is not a regular file/)
    expect(fifoRun.status).toBe(1)
    expect(snapshot(fifo)).toEqual(fifoBefore)
  })

  it('keeps `\\|` and HTML of a summary or author inside one cell, as text, and the row lints clean', () => {
    const root = releaseWorkspace(minor('新增 <b>插件</b> 一章，管道 a\\\\|b'))
    const run = runChangesetsHistory(root, {...releaseEnv, RELEASE_AUTHOR: '张三\\\\|李四'}, 'version')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const chapter = fs.readFileSync(path.join(root, 'docs/00-总体说明.md'), 'utf8')
    expect(chapter).toContain('| v1.1 | 2025-11-29 | 新增 \\<b>插件\\</b> 一章，管道 a\\\\\\|b | 张三\\\\\\|李四 |\n')
    const lint = runDocLint(root, 'docs')
    expect(lint.stderr).not.toMatch(/version-history/)
  })

  it('under `ulimit -f`, or with a read-only package folder, fails with exit 2 before changeset version runs: nothing changes', (context) => {
    const root = releaseWorkspace(minor('新增一章'), `\n${'长文本填充。'.repeat(20_000)}\n`)
    const before = snapshot(root)
    const run = runLimited('ulimit -f 100', bins.changesetsHistory, ['version'], root, releaseEnv)
    expect(run.stderr).toMatch(/^changesets-history: docs\/00-总体说明\.md: cannot be written \(EFBIG: file too large\); the file is unchanged$/m)
    expect(run.status).toBe(2)
    expect(snapshot(root)).toEqual(before)
    noStack(run.stderr)

    const locked = releaseWorkspace(minor('新增一章'))
    const lockedBefore = snapshot(locked)
    const readOnly = makeReadOnly(path.join(locked, 'docs'))
    if ('reason' in readOnly) {
      console.log(`skipped the read-only half: ${readOnly.reason}`)
      context.skip()
      return
    }
    let lockedRun
    try {
      lockedRun = runChangesetsHistory(locked, releaseEnv, 'version')
    } finally {
      readOnly.undo()
    }
    expect(lockedRun.status).toBe(2)
    expect(lockedRun.stderr).toMatch(/docs\/00-总体说明\.md: cannot be written \((EROFS|EACCES)/)
    expect(snapshot(locked)).toEqual(lockedBefore)
  })
})

/** A one-commit git repository tagged `v1.0.0`, for `moby-refs lock`. */
function mobyRepository(): string {
  const dir = folder('moby-repo')
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {cwd: dir, stdio: 'ignore'})
  git('init', '-q')
  fs.mkdirSync(path.join(dir, 'daemon'))
  fs.writeFileSync(path.join(dir, 'daemon/create.go'), 'package daemon\n\ntype Daemon struct{}\n\nfunc (daemon *Daemon) ContainerCreate() error { return nil }\n')
  git('add', '-A')
  git('commit', '-qm', 'one')
  git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0')
  return dir
}

describe('item 6: writers refuse symbolic links and paths outside the root; readers do not follow links out', () => {
  it('doc-lint fix writes nothing outside the folder and takes no title from a chapter linked to a file outside', () => {
    const root = folder('fix-links')
    const outside = folder('fix-links-outside')
    const outsideIndex = docSet(outside, [staleRow])
    fs.writeFileSync(path.join(outside, 'secret.md'), `# ${prefix}root:x:0:0:机密\n`)
    const index = docSet(path.join(root, 'docs'), [staleRow])
    fs.symlinkSync(outsideIndex, path.join(root, 'docs', '08-外部索引.md'))
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'docs', '07-passwd.md'))
    fs.symlinkSync(outside, path.join(root, 'docs', 'elsewhere'))
    const outsideBefore = snapshot(outside)
    const run = runDocLint(root, 'fix', 'docs')
    expect(run.status).toBe(0)
    expect(snapshot(outside)).toEqual(outsideBefore)
    const fixed = fs.readFileSync(index, 'utf8')
    expect(fixed).toContain('| **07** | [passwd](07-passwd.md) |  |  |')
    expect(fixed).not.toContain('机密')
    expect(run.stderr).toContain('docs/07-passwd.md is a symbolic link out of the doc set (not read)')
    expect(run.stderr).toContain('docs/elsewhere is a symbolic link out of the doc set (not read)')
  })

  it('glossary coverage does not read a chapter linked to a file outside the doc set', () => {
    const root = folder('glossary-links')
    const outside = folder('glossary-links-outside')
    fs.writeFileSync(path.join(outside, 'uses.md'), `# ${prefix}外部\n\n镜像是只读模板。\n`)
    fs.writeFileSync(path.join(root, 'glossary.js'), "export const glossary = [{term: '镜像', english: 'Image', description: '只读模板', related: []}]\n")
    fs.writeFileSync(path.join(root, '00-总体说明.md'), `# ${prefix}总体说明\n\n| 术语 | 英文 | 说明 | 相关概念 |\n| --- | --- | --- | --- |\n| **镜像** | Image | 只读模板 |  |\n`)
    fs.symlinkSync(path.join(outside, 'uses.md'), path.join(root, '01-外部.md'))
    const run = runDocLint(root, '00-总体说明.md', '--glossary', './glossary.js')
    expect(run.stderr).toMatch(/Unexpected unused entry `镜像`/)
  })

  it('moby-refs lock under `ulimit -f 0` (item 1): the old lock is untouched, one line, exit 2', () => {
    const moby = mobyRepository()
    const docs = folder('refs-ulimit')
    fs.writeFileSync(path.join(docs, '01-章节.md'), '# 章节\n\n`daemon/create.go`\n')
    fs.writeFileSync(path.join(docs, 'refs.lock.json'), '{"old": "lock"}\n')
    const run = runLimited('ulimit -f 0', bins.mobyRefs, ['lock', '--moby', moby, '--ref', 'v1.0.0'], docs)
    expect(run.status).toBe(2)
    expect(run.stderr.trim()).toBe('moby-refs: refs.lock.json: cannot be written (EFBIG: file too large); the file is unchanged')
    expect(fs.readFileSync(path.join(docs, 'refs.lock.json'), 'utf8')).toBe('{"old": "lock"}\n')
    expect(temporaryFiles(docs)).toEqual([])
  })

  it('moby-refs lock refuses to write the lock through a symbolic link', () => {
    const moby = mobyRepository()
    const docs = folder('refs-link')
    const outside = folder('refs-link-outside')
    fs.writeFileSync(path.join(docs, '01-章节.md'), '# 章节\n\n`daemon/create.go`\n')
    fs.writeFileSync(path.join(outside, 'victim.json'), 'precious\n')
    fs.symlinkSync(path.join(outside, 'victim.json'), path.join(docs, 'refs.lock.json'))
    const run = runMobyRefs(docs, 'lock', '--moby', moby, '--ref', 'v1.0.0')
    expect(run.status).toBe(2)
    expect(run.stderr.trim()).toBe('moby-refs: refs.lock.json: Unexpected symbolic link as write target, expected a regular file (not written)')
    expect(fs.readFileSync(path.join(outside, 'victim.json'), 'utf8')).toBe('precious\n')
  })
})

describe('item 9: FIFOs, /dev/zero links and link loops neither hang nor repeat', () => {
  it('lint, fix and moby-refs finish, read each real file once and name what they skipped', () => {
    const root = folder('hostile-files')
    docSet(root, ['| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |'])
    fs.writeFileSync(path.join(root, 'README.md'), '# 说明\n')
    execFileSync('mkfifo', [path.join(root, 'pipe.md')])
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.md'))
    fs.symlinkSync('.', path.join(root, 'x'))
    fs.symlinkSync('.', path.join(root, 'y'))
    fs.symlinkSync('loop.md', path.join(root, 'loop.md'))
    const lint = runLimited('', bins.docLint, ['--quiet'], root, {}, 60_000)
    expect(lint.status).toBe(1)
    expect(lint.stderr).not.toMatch(/\bx\/|\by\//)
    expect(lint.stderr).toMatch(/pipe\.md\n.*not a regular file/)
    expect(lint.stderr).toMatch(/zero\.md\n.*symbolic link out of the doc set/)
    expect(lint.stderr).toMatch(/loop\.md\n.*ELOOP/)
    const fix = runLimited('', bins.docLint, ['fix'], root, {}, 60_000)
    expect(fix.status).toBe(0)
    expect(fix.stdout).toContain('0 of 2 files changed')
    const refs = runLimited('', bins.mobyRefs, ['lock', '--moby', mobyRepository(), '--ref', 'v1.0.0'], root, {}, 60_000)
    expect(refs.stderr).toBe('')
    expect(refs.status).toBe(0)
  })
})

describe('item 11: per-file size and nesting limits cost one message, not the run', () => {
  it('a file over the size limit and one nested 10,000 levels deep get one message each; the rest is linted', () => {
    const root = folder('limits')
    fs.writeFileSync(path.join(root, 'a.md'), '# 标题\n\n正文。\n')
    fs.writeFileSync(path.join(root, 'deep.md'), `${'>'.repeat(10_000)} 深\n`)
    fs.writeFileSync(path.join(root, 'huge.md'), `# 大\n\n${'x'.repeat(17 * 1024 * 1024)}\n`)
    const run = runDocLint(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/deep\.md\n.*Unexpected nesting 10000 levels deep, expected at most 1000 \(the nesting limit\)/)
    expect(run.stderr).toMatch(/huge\.md\n.*Unexpected file of 17,825,800 bytes, expected at most 16,777,216 bytes \(the file-size limit\)/)
    expect(run.stderr).toMatch(/a\.md: no issues found/)
    noStack(run.stderr)
    const configured = runDocLint(root, '--max-nesting', '20000', '--max-file-size', '20000000')
    expect(configured.stderr).not.toMatch(/limit\)/)
    expect(runDocLint(root, '--max-nesting', 'lots').stderr).toMatch(/^doc-lint: Unexpected `--max-nesting lots`, expected a whole number greater than 0/)
  })
})

describe('item 12: lint keeps the number of open files bounded', () => {
  it('lints 1,500 files under `ulimit -n 256` without EMFILE', () => {
    const root = folder('many-files')
    for (let index = 0; index < 1500; index++) fs.writeFileSync(path.join(root, `f${String(index).padStart(4, '0')}.md`), `# 文件 ${index}\n`)
    const run = runLimited('ulimit -n 256', bins.docLint, ['--quiet'], root)
    expect(run.stderr).not.toMatch(/EMFILE/)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})

describe('item 13: file-system errors, a bad --glossary and a malformed lock: one line naming the file, exit 2', () => {
  it('a --glossary module that is missing, broken or throws; the path resolves against the working folder', () => {
    const root = folder('glossary-errors')
    docSet(root, ['| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |'])
    fs.writeFileSync(path.join(root, 'broken.js'), 'export const glossary = [\n')
    fs.writeFileSync(path.join(root, 'throws.js'), "throw new Error('boom')\n")
    fs.mkdirSync(path.join(root, 'sub'))
    fs.writeFileSync(path.join(root, 'sub/glossary.js'), "export const glossary = [{term: '容器', english: 'Container', description: '隔离的进程', related: []}]\n")
    const missing = runDocLint(root, '--glossary', './nope.js')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/^doc-lint: Unexpected `--glossary \.\/nope\.js` that is neither a file nor a package found from /)
    const broken = runDocLint(root, '--glossary', './broken.js')
    expect(broken.status).toBe(2)
    expect(broken.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^doc-lint: broken\.js: Unexpected error loading `--glossary \.\/broken\.js`: /)])
    const throws = runDocLint(root, '--glossary', './throws.js')
    expect(throws.status).toBe(2)
    expect(throws.stderr.trim()).toBe('doc-lint: throws.js: Unexpected error loading `--glossary ./throws.js`: boom, expected a module that loads')
    // Resolved against the working folder, not the folder being linted.
    expect(runDocLint(path.join(root, 'sub'), '..', '--glossary', './glossary.js').status).not.toBe(2)
  })

  it('moby-refs drift with malformed lock entries', () => {
    const docs = folder('bad-lock')
    fs.writeFileSync(path.join(docs, '01-章节.md'), '# 章节\n')
    fs.writeFileSync(
      path.join(docs, 'refs.lock.json'),
      JSON.stringify({lockfileVersion: 1, repository: 'x', ref: 'v1.0.0', commit: 'abc', references: {'symbol:X': {kind: 'symbol', exists: false, candidates: [{symbol: 1}]}}}),
    )
    const run = runMobyRefs(docs, 'drift', '--moby', mobyRepository(), '--to', 'v1.0.0')
    expect(run.status).toBe(2)
    expect(run.stderr.trim()).toBe('moby-refs: refs.lock.json: Unexpected lock content (entry `symbol:X` is not a path or symbol entry), expected the JSON that `moby-refs lock` writes')
  })

  it('a file that cannot be read (root reads everything, so this runs as an ordinary user only)', (context) => {
    if (process.getuid?.() === 0) {
      console.log('skipped: root can read a file without read permission, so EACCES cannot be made here')
      context.skip()
      return
    }
    const root = folder('unreadable')
    fs.writeFileSync(path.join(root, 'a.md'), '# 标题\n')
    fs.writeFileSync(path.join(root, 'secret.md'), '# 秘密\n')
    fs.chmodSync(path.join(root, 'secret.md'), 0)
    const run = runDocLint(root)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^doc-lint: secret\.md: cannot be read \(EACCES: permission denied\)$/m)
  })
})

