/**
 * The real `check-links` command on the fixtures: exit codes, the report
 * grouped by file, the JSON file, GitHub Actions annotations, usage errors.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const packageRoot = path.resolve(import.meta.dirname, '..')
const fixtures = path.join(packageRoot, 'test/fixtures')
const bin = path.join(packageRoot, 'src/bin.ts')

/** Run `check-links` in `cwd` with a clean environment (no GitHub Actions, no external switch). */
function run(cwd: string, args: readonly string[], env: Record<string, string> = {}) {
  const {GITHUB_ACTIONS: _actions, CHECK_LINKS_EXTERNAL: _external, ...rest} = process.env
  const result = spawnSync(process.execPath, ['--conditions=@moby-anatomy/source', bin, ...args], {cwd, encoding: 'utf8', env: {...rest, ...env}})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('check-links', () => {
  it('exits 1 with findings grouped by file, a summary, a JSON report and annotations', () => {
    const json = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-')), 'report.json')
    const workspace = path.dirname(packageRoot)
    const result = run(fixtures, ['doc-set', '--root', 'doc-set', '--json', json], {GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const [text = '', annotations = ''] = result.stdout.split(/(?=^::error)/m)
    expect(text).toBe(
      [
        'doc-set/README.md:17:9  broken link `#不存在的锚点` (missing anchor)',
        'doc-set/README.md:19:10  broken link `指南.md#没有这一节` (missing anchor)',
        'doc-set/README.md:23:7  broken link `缺失.md` (404 no such file)',
        'doc-set/README.md:23:31  broken link `%E7%BC%BA%E5%A4%B1.md` (404 no such file)',
        'doc-set/README.md:29:4  broken link `images/缺失.png` (404 no such file)',
        'doc-set/README.md:35:12  broken link `sub/说明.md#没有` (missing anchor)',
        'doc-set/README.md:37:1  broken link `指南.md#也没有这一节` (missing anchor)',
        '',
        'doc-set/sub/说明.md:3:36  broken link `../README.md#概述-2` (missing anchor; did you mean `#概述-1`?)',
        '',
        '8 broken links in 2 files: 3 files, 23 links (20 local, 3 external); 3 external skipped (offline; --external checks them)',
        '',
      ].join('\n'),
    )
    expect(annotations.split('\n')[0]).toBe('::error file=link-check/test/fixtures/doc-set/README.md,line=17,col=9,title=broken link::broken link `#不存在的锚点` (missing anchor)')
    expect(result.stdout.match(/^::error /gm)).toHaveLength(8)
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as {passed: boolean; mode: string; broken: {file: string; line: number; column: number}[]}
    expect(report).toMatchObject({passed: false, mode: 'offline'})
    expect(report.broken[0]).toMatchObject({file: 'doc-set/README.md', line: 17, column: 9, kind: 'anchor'})
  })

  it('exits 0 on a clean doc set and writes the JSON report into .link-check/', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-clean-'))
    fs.cpSync(path.join(fixtures, 'clean'), folder, {recursive: true})
    const result = run(folder, [])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('no broken links: 2 files, 4 links (3 local, 1 external); 1 external skipped (offline; --external checks them)\n')
    expect(result.status).toBe(0)
    expect(JSON.parse(fs.readFileSync(path.join(folder, '.link-check/report.json'), 'utf8'))).toMatchObject({passed: true, links: {skipped: 1}})
  })

  it.each([
    [['--nope'], "Unknown option '--nope'"],
    [['missing-folder'], 'Unexpected path `missing-folder` that is not a folder'],
    [['a', 'b'], 'Unexpected 2 folders, expected one doc set folder'],
    [['clean', '--config', 'nope.json'], 'nope.json` that does not exist, expected a JSON file like linkinator.config.json'],
  ])('exits 2 with a message for %j', (args, message) => {
    const result = run(fixtures, args)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('Usage: check-links')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 2 naming the key of a bad configuration', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-config-'))
    fs.cpSync(path.join(fixtures, 'clean'), folder, {recursive: true})
    fs.writeFileSync(path.join(folder, 'linkinator.config.json'), '{"timeout": "10s"}')
    const result = run(folder, ['--external'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Unexpected value "10s" for `timeout` in ')
  })

  it('prints usage with --help', () => {
    const result = run(fixtures, ['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: check-links/)
  })
})
