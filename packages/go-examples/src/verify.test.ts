/**
 * The compile step on a tiny fake Moby: a git repository whose `client/` has
 * just what the fixture chapter calls, archived into a GOPATH as the real tag
 * is. Tests that need Go say so and are skipped, with the reason, when there
 * is none; the GOPATH test needs only git.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseLock, type ExamplesLock} from '@moby-anatomy/remark-lint-go-examples/lock'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from './cli.ts'
import {findGo, fixtures, git, makeFakeMoby, packageFolder} from './test-helpers.ts'
import {gopathFor} from './toolchain.ts'

const go = findGo()
const needsGo = 'missing' in go ? `skipped: ${go.missing}` : undefined
if (needsGo) console.warn(`go-examples compile tests ${needsGo}`)
const chapter = '01-启动容器.md'
// One build cache for the whole file (and across runs): Go's standard library is compiled once.
const cache = path.join(packageFolder, 'node_modules/.cache/go-examples-test')
let moby: {folder: string; commit: string}
let scratch: string

beforeAll(() => {
  moby = makeFakeMoby()
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'go-examples-test-'))
})
afterAll(() => {
  fs.rmSync(moby.folder, {recursive: true, force: true})
  fs.rmSync(scratch, {recursive: true, force: true})
})

/** Run the real command line; its exit code and what it printed. */
function cli(...argv: string[]): {code: number; out: string; err: string} {
  let out = ''
  let err = ''
  const code = main(argv, (text) => (out += text), (text) => (err += text))
  return {code, out, err}
}

/** A copy of the fixture doc set whose chapter is `edit`ed; the folder. */
function docSet(name: string, edit: (text: string) => string = (text) => text): string {
  const folder = path.join(scratch, name)
  fs.cpSync(path.join(fixtures, 'doc-set'), folder, {recursive: true})
  fs.rmSync(path.join(folder, 'examples.lock.json'), {force: true})
  const file = path.join(folder, chapter)
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')))
  return folder
}

/** The lock a run wrote. */
function lockOf(folder: string): ExamplesLock {
  const read = parseLock(fs.readFileSync(path.join(folder, 'examples.lock.json'), 'utf8'))
  if (!read.ok) throw new Error(read.detail)
  return read.lock
}

const goArguments = () => ('goroot' in go ? ['--go', go.goroot, '--cache', cache] : [])

describe('the GOPATH made from the tag', () => {
  it('holds vendor/ as src/ without its copy of moby/moby, and client/ and api/ at the tag; made once per commit', () => {
    const own = path.join(scratch, 'gopath-cache')
    const first = gopathFor(moby.folder, moby.commit, own)
    expect(first).toEqual({gopath: path.join(own, moby.commit), cached: false})
    const src = path.join(first.gopath, 'src')
    expect(fs.readFileSync(path.join(src, 'github.com/moby/moby/client/client.go'), 'utf8')).toContain('func (c *Client) ContainerStart(')
    expect(fs.existsSync(path.join(src, 'github.com/moby/moby/api/types/container/config.go'))).toBe(true)
    expect(fs.existsSync(path.join(src, 'github.com/example/transport/transport.go'))).toBe(true)
    expect(fs.existsSync(path.join(src, 'github.com/moby/moby/client/stale.go'))).toBe(false)
    expect(fs.existsSync(path.join(src, 'vendor'))).toBe(false)
    expect(gopathFor(moby.folder, moby.commit, own)).toEqual({gopath: first.gopath, cached: true})
    expect(fs.readdirSync(own)).toEqual([moby.commit])
  })
})

// A cold build cache compiles the standard library first: allow minutes, not the default minute.
describe.skipIf(needsGo !== undefined)(`the compile step${needsGo ? ` (${needsGo})` : ''}`, {timeout: 300_000}, () => {
  it('builds, vets, runs and tests the fixture chapter and writes the lock the fixture doc set commits', () => {
    const folder = docSet('clean')
    const run = cli('verify', '--moby', moby.folder, '--ref', 'v0.1', '--docs', folder, ...goArguments())
    expect(run.err).not.toContain('Error')
    expect(run.code, run.out).toBe(0)
    expect(run.out).toContain(`ok   ${chapter}:5 (1 file): build, vet\n`)
    expect(run.out).toContain(`ok   ${chapter}:34 (2 files, 1 test file): build, vet, output, test\n`)
    expect(run.out).toContain(`ok   ${chapter}:62 (1 file): build, vet, output\n`)
    expect(run.out).toMatch(/: 3 programs \(4 files\), 1 test file, 1 fragment, 2 outputs compared at `v0\.1` \([0-9a-f]{12}\) with go[\d.]+: 0 failures\n$/)
    const written = fs.readFileSync(path.join(folder, 'examples.lock.json'), 'utf8')
    const committed = fs.readFileSync(path.join(fixtures, 'doc-set/examples.lock.json'), 'utf8')
    // The committed lock was written with Go 1.24.4; another Go writes its own version, nothing else differs.
    expect(written.replaceAll(/"go": "go[^"]+"/g, '"go": "go1.24.4"')).toBe(committed)
  })

  it('takes unchanged programs from the lock on a second run, and builds them all again with --force', () => {
    const folder = docSet('second-run')
    expect(cli('verify', '--moby', moby.folder, '--ref', 'v0.1', '--docs', folder, ...goArguments()).code).toBe(0)
    const first = fs.readFileSync(path.join(folder, 'examples.lock.json'), 'utf8')
    const again = cli('verify', '--moby', moby.folder, '--docs', folder, ...goArguments())
    expect(again.code).toBe(0)
    expect(again.out.match(/\(unchanged, from the lock\)/g)).toHaveLength(3)
    expect(again.out).toContain('(3 unchanged, taken from the lock): 0 failures')
    expect(fs.readFileSync(path.join(folder, 'examples.lock.json'), 'utf8')).toBe(first)
    const forced = cli('verify', '--moby', moby.folder, '--docs', folder, '--force', ...goArguments())
    expect(forced.out).not.toContain('unchanged')
    const check = cli('verify', '--moby', moby.folder, '--docs', folder, '--check', ...goArguments())
    expect(check.code).toBe(0)
    expect(check.out).toContain('examples.lock.json is up to date')
  })

  it('reports a compile error at the chapter line and column, and locks the program as failed', () => {
    const folder = docSet('renamed', (text) => text.replace('cli.ContainerStart(context', 'cli.ContainerStarts(context'))
    const run = cli('verify', '--moby', moby.folder, '--ref', 'v0.1', '--docs', folder, ...goArguments())
    expect(run.code).toBe(1)
    expect(run.out).toContain(`FAIL ${chapter}:5 (1 file): build\n`)
    expect(run.out).toMatch(/: 1 failure\n$/)
    const [entry] = lockOf(folder).examples
    expect(entry).toMatchObject({chapter, line: 5, result: 'failed', checked: ['build']})
    expect(entry?.reason).toMatch(new RegExp(`^go build: ${chapter}:20:19: cli\\.ContainerStarts undefined`))
  })

  it('reports a vet finding, a wrong output and a failing test, each with what went wrong', () => {
    const folder = docSet('failing', () =>
      [
        '# Moby项目源码剖析 - 失败',
        '',
        '```go',
        'package main',
        '',
        'import "fmt"',
        '',
        'func main() { fmt.Printf("%d\\n", "text") }',
        '```',
        '',
        '```go',
        'package main',
        '',
        'import "fmt"',
        '',
        'func main() { fmt.Println(41) }',
        '```',
        '',
        '```text output',
        '42',
        '```',
        '',
        '```go',
        'package main',
        '',
        'func main() {}',
        '```',
        '',
        '```go test',
        'package main',
        '',
        'import "testing"',
        '',
        'func TestFails(t *testing.T) { t.Fatal("on purpose") }',
        '```',
        '',
      ].join('\n'),
    )
    const run = cli('verify', '--moby', moby.folder, '--ref', 'v0.1', '--docs', folder, ...goArguments())
    expect(run.code).toBe(1)
    const reasons = lockOf(folder).examples.map((entry) => `${entry.line} ${entry.kind} ${entry.checked.join(',')}: ${entry.reason}`)
    expect(reasons[0]).toMatch(new RegExp(`^3 program build,vet: go vet: ${chapter}:8:15: fmt\\.Printf format %d has arg "text" of wrong type string`))
    expect(reasons[1]).toBe('11 program build,vet,output: run: output line 1 is "41", expected "42"')
    expect(reasons[2]).toMatch(new RegExp(`^23 program build,vet,test: go test: .*${chapter}:34: on purpose`))
    expect(reasons[3]).toBe(reasons[2]?.replace('23 program', '29 test'))
  })

  it('lists, with drift, the programs that stop building at a newer ref', () => {
    const folder = docSet('drift')
    expect(cli('verify', '--moby', moby.folder, '--ref', 'v0.1', '--docs', folder, ...goArguments()).code).toBe(0)
    const run = cli('drift', '--moby', moby.folder, '--to', 'v0.2', '--docs', folder, ...goArguments())
    expect(run.code).toBe(1)
    expect(run.out).toContain(': 1 of 3 programs fail.')
    expect(run.out).toContain('| example | at `v0.1` | at `v0.2` |')
    expect(run.out).toMatch(new RegExp(`\\| ${chapter}:5 \\| ok \\| go build: ${chapter}:20:19: cli\\.ContainerStart undefined`))
    const same = cli('drift', '--moby', moby.folder, '--to', 'v0.1', '--docs', folder, ...goArguments())
    expect(same.code).toBe(0)
    expect(same.out).toContain('all 3 programs build, vet and pass.')
  })
})

describe('the command line', () => {
  const bin = path.join(packageFolder, 'src/bin.ts')
  const run = (...argv: string[]) => spawnSync(process.execPath, ['--conditions=@moby-anatomy/source', bin, ...argv], {encoding: 'utf8', cwd: scratch})

  it('stops with exit code 2 and one clear line on a usage error, before any Go runs', () => {
    const cases: [string[], string][] = [
      [[], 'go-examples: Unexpected command (none), expected `verify` or `drift`'],
      [['verify'], 'go-examples: Missing `--moby`, expected the Moby git directory or checkout'],
      [['verify', '--moby', '/nonexistent/moby'], 'go-examples: Unexpected `--moby /nonexistent/moby`: no such folder'],
      [['verify', '--moby', '.', '--docs', 'nowhere'], 'go-examples: Unexpected `--docs nowhere`: no such folder'],
      [['verify', '--moby', '.', '--bogus'], "go-examples: Unknown option '--bogus'"],
      [['drift', '--moby', '.', '--docs', path.join(fixtures, 'doc-set')], 'go-examples: Missing `--to`'],
    ]
    for (const [argv, message] of cases) {
      const result = run(...argv)
      expect(result.status, argv.join(' ')).toBe(2)
      expect(result.stderr.split('\n')[0]).toContain(message)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('names a bad --go and a ref the clone does not know, without a stack trace', () => {
    const docs = path.join(fixtures, 'doc-set')
    const badGo = run('verify', '--moby', moby.folder, '--ref', 'v0.1', '--docs', docs, '--go', '/nonexistent/go', '--cache', path.join(scratch, 'c'))
    expect(badGo.status).toBe(2)
    expect(badGo.stderr).toContain('Unexpected `--go /nonexistent/go`')
    if ('goroot' in go) {
      const badRef = run('verify', '--moby', moby.folder, '--ref', 'v9', '--docs', docs, '--go', go.goroot, '--cache', path.join(scratch, 'c'))
      expect(badRef.status).toBe(2)
      expect(badRef.stderr).toContain('Unexpected ref `v9` unknown in')
    }
  })

  it('refuses Go blocks the grammar does not accept, naming file and line', () => {
    const folder = path.join(scratch, 'grammar')
    fs.mkdirSync(folder)
    fs.writeFileSync(path.join(folder, '01-x.md'), '# x\n\n```go fragmnet\nx := 1\n```\n')
    const result = run('verify', '--moby', moby.folder, '--ref', 'v0.1', '--docs', folder)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('go-examples: 01-x.md:3: Unexpected `fragmnet` in the meta of a Go block')
  })
})

it('keeps the fixture repository deterministic (fixed dates and identity)', () => {
  expect(git(moby.folder, 'log', '--format=%an %ad', '--date=iso-strict', '-1', 'v0.1')).toBe('Fixture 2026-01-01T00:00:00+00:00')
})
