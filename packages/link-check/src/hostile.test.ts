/**
 * Regression tests for issue 12 (a hostile or unlucky doc set) and issue 15
 * defect 5, through the real `check-links` command on doc sets written into a
 * temporary folder: the report is written atomically and never through a
 * link; nothing outside the root is read, served or described; malformed
 * percent-encoding is a finding, not a crash; file-system errors are one line
 * and exit code 2; control characters never reach the output raw; a finding
 * always points at the text that caused it.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest'
import {checkLinks} from './check.ts'

const packageRoot = path.resolve(import.meta.dirname, '..')
const bin = path.join(packageRoot, 'src/bin.ts')

/** Run `check-links` (through `bash -c` when a shell prefix such as `ulimit` is given). */
function run(cwd: string, args: readonly string[], options: {readonly env?: Record<string, string>; readonly shell?: string} = {}) {
  const {GITHUB_ACTIONS: _actions, CHECK_LINKS_EXTERNAL: _external, ...rest} = process.env
  const command = [process.execPath, '--conditions=@moby-anatomy/source', bin, ...args]
  const result = options.shell
    ? spawnSync('bash', ['-c', `${options.shell}; exec "$@"`, 'bash', ...command], {cwd, encoding: 'utf8', env: {...rest, ...options.env}})
    : spawnSync(command[0] ?? '', command.slice(1), {cwd, encoding: 'utf8', env: {...rest, ...options.env}})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

const created: string[] = []
afterAll(() => {
  for (const folder of created) fs.rmSync(folder, {recursive: true, force: true})
})

/** A fresh folder holding `files` (path → content), removed after the tests; returns its real path. */
function writeTree(files: Record<string, string>): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-hostile-')))
  created.push(folder)
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), {recursive: true})
    fs.writeFileSync(path.join(folder, file), content)
  }
  return folder
}

/** Every file under `folder` with its content (links listed as `-> target`). */
function snapshot(folder: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of fs.readdirSync(folder, {recursive: true, withFileTypes: true})) {
    const full = path.join(entry.parentPath, entry.name)
    const key = path.relative(folder, full)
    if (entry.isSymbolicLink()) found[key] = `-> ${fs.readlinkSync(full)}`
    else if (entry.isFile()) found[key] = fs.readFileSync(full, 'utf8')
  }
  return found
}

const stackTrace = /\n\s+at /

describe('item 6: the JSON report is written atomically and never through a link', () => {
  it('refuses a `.link-check` folder that is a symbolic link out of the doc set, writing nothing there', () => {
    const outside = writeTree({'keep.txt': 'outside\n'})
    const docs = writeTree({'README.md': '# 文档\n\n[自己](README.md)\n'})
    fs.symlinkSync(outside, path.join(docs, '.link-check'))
    const result = run(docs, [])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^check-links: \.link-check\/report\.json: Unexpected write target outside the doc set, expected a file inside .* \(not written\)\n$/)
    expect(snapshot(outside)).toEqual({'keep.txt': 'outside\n'})
  })

  it('refuses a report.json that is a symbolic link, leaving its target untouched', () => {
    const outside = writeTree({'victim.json': 'precious\n'})
    const docs = writeTree({'README.md': '# 文档\n'})
    fs.mkdirSync(path.join(docs, '.link-check'))
    fs.symlinkSync(path.join(outside, 'victim.json'), path.join(docs, '.link-check/report.json'))
    const result = run(docs, [])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('check-links: .link-check/report.json: Unexpected symbolic link as write target, expected a regular file (not written)\n')
    expect(result.stderr).not.toMatch(stackTrace)
    expect(fs.readFileSync(path.join(outside, 'victim.json'), 'utf8')).toBe('precious\n')
  })

  it('leaves the previous report whole when the write fails (ulimit -f), names the file, exits 2', () => {
    // Enough broken links that the report is larger than the 1 KiB `ulimit -f 1` allows.
    const links = Array.from({length: 40}, (_, index) => `- [缺失${index}](缺失-${index}.md)`).join('\n')
    const docs = writeTree({'README.md': `# 文档\n\n${links}\n`, '.link-check/report.json': '{"previous": true}\n'})
    const result = run(docs, [], {shell: 'ulimit -f 1'})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^check-links: \.link-check\/report\.json: cannot be written \(EFBIG: file too large\); the file is unchanged\n$/)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(fs.readFileSync(path.join(docs, '.link-check/report.json'), 'utf8')).toBe('{"previous": true}\n')
    expect(fs.readdirSync(path.join(docs, '.link-check'))).toEqual(['report.json'])
  })

  it('replaces the report by rename, so a reader never sees half of it', () => {
    const docs = writeTree({'README.md': '# 文档\n', '.link-check/report.json': '{"previous": true}\n'})
    const before = fs.statSync(path.join(docs, '.link-check/report.json')).ino
    expect(run(docs, []).status).toBe(0)
    expect(fs.statSync(path.join(docs, '.link-check/report.json')).ino).not.toBe(before)
    expect(JSON.parse(fs.readFileSync(path.join(docs, '.link-check/report.json'), 'utf8'))).toMatchObject({passed: true})
  })
})

describe('item 7: nothing outside the root is read, served or described', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('reports a sibling folder whose name starts with the root’s, a symlinked folder and file out of the root, all alike, without their headings', () => {
    const parent = writeTree({
      'docs-secret/secret.md': '# 机密标题\n\n## 机密小节\n',
      'outside/page.md': '# 外部页面\n\n## 外部小节\n',
    })
    const docs = path.join(parent, 'docs')
    fs.mkdirSync(docs)
    fs.writeFileSync(
      path.join(docs, 'README.md'),
      [
        '# 文档',
        '',
        '[兄弟目录](..%2Fdocs-secret/secret.md#机密小节x)',
        '[链出的目录](out/page.md#外部小节x)',
        '[链出的目录里不存在的文件](out/nothing.md)',
        '[链出的文件](page-link.md#外部小节x)',
        '[悬空的链出](dangling.md)',
        '',
      ].join('\n'),
    )
    fs.symlinkSync(path.join(parent, 'outside'), path.join(docs, 'out'))
    fs.symlinkSync(path.join(parent, 'outside/page.md'), path.join(docs, 'page-link.md'))
    fs.symlinkSync('/nonexistent-check-links-target.md', path.join(docs, 'dangling.md'))
    const result = run(docs, ['--root', '.'])
    expect(result.stderr.split('\n').sort()).toEqual([
      '',
      'check-links: dangling.md: is a symbolic link out of the doc set (not read); not checked',
      'check-links: out: is a symbolic link out of the doc set (not read); not checked',
      'check-links: page-link.md: is a symbolic link out of the doc set (not read); not checked',
    ])
    expect(result.stdout.split('\n').slice(0, 5)).toEqual([
      'README.md:3:1  broken link `..%2Fdocs-secret/secret.md#机密小节x` (404 no such file)',
      'README.md:4:1  broken link `out/page.md#外部小节x` (404 outside the root, not followed)',
      'README.md:5:1  broken link `out/nothing.md` (404 outside the root, not followed)',
      'README.md:6:1  broken link `page-link.md#外部小节x` (404 outside the root, not followed)',
      'README.md:7:1  broken link `dangling.md` (404 outside the root, not followed)',
    ])
    expect(result.stdout + result.stderr).not.toMatch(/did you mean|机密标题|外部页面|to nothing|nonexistent/)
  })

  it('follows symbolic links that stay inside the root, absolute or relative', async () => {
    const docs = writeTree({'README.md': '# 文档\n\n[别名](alias/a.md#标题) [绝对](absolute/a.md#标题) [文件](link.md#标题) [坏锚点](alias/a.md#没有)\n', 'sub/a.md': '# 标题\n'})
    fs.symlinkSync('sub', path.join(docs, 'alias'))
    fs.symlinkSync(path.join(docs, 'sub'), path.join(docs, 'absolute'))
    fs.symlinkSync('alias/a.md', path.join(docs, 'link.md'))
    const result = await checkLinks({folder: docs, root: docs})
    expect(result.broken.map((finding) => `${finding.target} ${finding.reason}`)).toEqual(['alias/a.md#没有 missing anchor'])
  })

  it('opens no server offline', async () => {
    const listen = vi.spyOn(net.Server.prototype, 'listen')
    const docs = writeTree({'README.md': '# 文档\n\n[子目录](sub/) [缺失](缺失.md) [.git](.git/config)\n', 'sub/a.md': '# A\n'})
    fs.mkdirSync(path.join(docs, '.git'))
    fs.writeFileSync(path.join(docs, '.git/config'), '[core]\n')
    const result = await checkLinks({folder: docs})
    expect(result.broken.map((finding) => finding.target)).toEqual(['缺失.md'])
    expect(listen).not.toHaveBeenCalled()
  })
})

describe('item 10: malformed percent-encoding', () => {
  it('is reported as a broken link and the check goes on', () => {
    const docs = writeTree({'README.md': '# 文档\n\n[坏编码](%E0%A4%A.md)\n\n[坏锚点](#%E0%A4)\n\n[缺失](缺失.md)\n'})
    const result = run(docs, [])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    expect(result.stdout).toBe(
      [
        'README.md:3:1  broken link `%E0%A4%A.md` (invalid URL: malformed percent-encoding)',
        'README.md:5:1  broken link `#%E0%A4` (invalid URL: malformed percent-encoding)',
        'README.md:7:1  broken link `缺失.md` (404 no such file)',
        '',
        '3 broken links in 1 file: 1 files, 3 links (1 local, 0 external); 0 external skipped (offline; --external checks them)',
        '',
      ].join('\n'),
    )
  })
})

describe('item 12: a large clean doc set', () => {
  // Not a timing test: the generous timeout only keeps a loaded CI machine from failing it.
  it('reports no false breaks on 10,000 interlinked files', {timeout: 240_000}, () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 10_000; index++) {
      const next = (index + 1) % 10_000
      files[`d${index % 100}/f${index}.md`] = `# 第${index}篇\n\n## 概述\n\n[下一篇](../d${next % 100}/f${next}.md) [本节](#概述) [首篇](/d0/f0.md#第0篇)\n`
    }
    const docs = writeTree(files)
    const result = run(docs, ['--root', '.'], {shell: 'ulimit -n 256'})
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('no broken links: 10000 files, 30000 links (30000 local, 0 external); 0 external skipped (offline; --external checks them)\n')
    expect(result.status).toBe(0)
  })
})

describe('item 13: file-system errors and control characters', () => {
  it('names a Markdown file that cannot be read (ELOOP) in one line, checks the others, exits 2', () => {
    const docs = writeTree({'README.md': '# 文档\n\n[缺失](缺失.md)\n'})
    fs.symlinkSync('b.md', path.join(docs, 'a.md'))
    fs.symlinkSync('a.md', path.join(docs, 'b.md'))
    const result = run(docs, [])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      'check-links: a.md: cannot be read (ELOOP: too many symbolic links encountered); not checked\ncheck-links: b.md: cannot be read (ELOOP: too many symbolic links encountered); not checked\n',
    )
    expect(result.stdout).toContain('README.md:3:1  broken link `缺失.md` (404 no such file)')
  })

  it('names a --json target that is a folder in one line, exits 2', () => {
    const docs = writeTree({'README.md': '# 文档\n', 'out/keep': ''})
    const result = run(docs, ['--json', 'out'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('check-links: out: Unexpected write target that is not a regular file, expected a file (not written)\n')
  })

  it('escapes control characters from decoded links, so no line can forge a CI annotation', () => {
    const docs = writeTree({'README.md': '# 文档\n\n[伪造](#x&#10;::error&#32;file=forged.md::forged)\n\n[伪造2](./y&#13;&#10;::warning&#32;file=forged.md::forged.md)\n'})
    const result = run(docs, [], {env: {GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: docs}})
    expect(result.status).toBe(1)
    const lines = result.stdout.split('\n')
    expect(lines.filter((line) => line.startsWith('::'))).toEqual([
      '::error file=README.md,line=3,col=1,title=broken link::broken link `#x\\u000a::error file=forged.md::forged` (missing anchor)',
      '::error file=README.md,line=5,col=1,title=broken link::broken link `./y\\u000d\\u000a::warning file=forged.md::forged.md` (404 no such file)',
    ])
    expect(lines[0]).toBe('README.md:3:1  broken link `#x\\u000a::error file=forged.md::forged` (missing anchor)')
  })
})

describe('issue 15 defect 5: a finding points at the text that caused it', () => {
  it('does not report a footnote definition as a link, nor anything at 1:1 that is not there', () => {
    const docs = writeTree({
      'README.md': '# 文档\n\n正文[^1]。\n\n[^1]: missing-footnote.md\n\n见 [文档]https://example.com/glued] 与 <https://example.org/a>]。\n\n[真缺失](缺失.md)\n',
    })
    const result = run(docs, [])
    expect(result.stdout).toBe(
      [
        'README.md:9:1  broken link `缺失.md` (404 no such file)',
        '',
        '1 broken link in 1 file: 1 files, 3 links (1 local, 2 external); 2 external skipped (offline; --external checks them)',
        '',
      ].join('\n'),
    )
  })
})
