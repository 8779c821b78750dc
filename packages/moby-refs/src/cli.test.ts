/**
 * The real `moby-refs` command (as `pnpm refs:lock` / `pnpm refs:drift` run
 * it) on a temporary two-tag git repository: output, files and exit codes.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createTestRepository, type TestRepository} from './test-repository.ts'

const bin = path.resolve(import.meta.dirname, 'bin.ts')
let repository: TestRepository
let docs: string

/** Run the command in the docs folder. */
function mobyRefs(...args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, ['--conditions=@moby-anatomy/source', bin, ...args], {cwd: docs, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

beforeAll(() => {
  repository = createTestRepository(true)
  docs = fs.mkdtempSync(path.join(os.tmpdir(), 'moby-refs-docs-'))
  fs.writeFileSync(path.join(docs, '01-章节.md'), '# 章节\n\n`daemon/create.go`、`Daemon.ContainerCreate`、`client.New`、`cmd/dockerd/daemon.go`、`api/server/server.go`。\n')
})

afterAll(() => {
  repository.remove()
  fs.rmSync(docs, {recursive: true, force: true})
})

describe('moby-refs lock', () => {
  it('asks for the ref when there is no lock yet (exit 2)', () => {
    const run = mobyRefs('lock', '--moby', repository.directory)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Missing `--ref`, expected the tag to pin, such as `--ref docker-v29.7.2`')
  })

  it('writes the lock, then keeps its ref; --check exits 0 when up to date and 1 when stale', () => {
    const first = mobyRefs('lock', '--moby', repository.directory, '--ref', 'v1.0.0')
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/^Wrote refs\.lock\.json: 5 references at `v1\.0\.0` \([0-9a-f]{12}\): 3 paths, 2 symbols, 1 missing \(path:api\/server\/server\.go\)\n$/)
    const written = fs.readFileSync(path.join(docs, 'refs.lock.json'), 'utf8')
    expect(mobyRefs('lock', '--moby', repository.directory).status).toBe(0)
    expect(fs.readFileSync(path.join(docs, 'refs.lock.json'), 'utf8')).toBe(written)
    expect(mobyRefs('lock', '--moby', repository.directory, '--check').status).toBe(0)
    fs.appendFileSync(path.join(docs, '01-章节.md'), '\n`client.MaxAPIVersion`\n')
    const stale = mobyRefs('lock', '--moby', repository.directory, '--check')
    expect(stale.status).toBe(1)
    expect(stale.stdout).toContain('refs.lock.json is not up to date: run `pnpm refs:lock --moby <git dir>`')
    expect(fs.readFileSync(path.join(docs, 'refs.lock.json'), 'utf8')).toBe(written)
  })
})

describe('moby-refs drift', () => {
  it('prints the drift table and exits 1 when something breaks or changes', () => {
    const run = mobyRefs('drift', '--moby', repository.directory, '--to', 'v2.0.0')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('| reference | status | at `v1.0.0` | at `v2.0.0` | cited in |')
    expect(run.stdout).toMatch(/\| `path:cmd\/dockerd\/daemon\.go` \| broken \| .* \| 01-章节\.md:3 \|\n/)
    expect(run.stdout).toContain('| `symbol:client.New` | broken |')
    expect(run.stdout).toContain('| `path:daemon/create.go` | changed |')
  })

  it('exits 0 with an empty table against the pin itself', () => {
    const run = mobyRefs('drift', '--moby', repository.directory, '--to', 'v1.0.0')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/: 0 broken, 0 moved, 0 changed, of 5\.\n$/)
  })
})

describe('usage errors (exit 2, no stack trace)', () => {
  it.each([
    [['lock'], 'Missing `--moby`'],
    [['lock', '--moby', '/nonexistent/moby'], 'no such folder'],
    [['lock', '--moby', '.', '--ref', 'v1.0.0', '--colour'], "Unknown option '--colour'"],
    [['publish'], 'Unexpected command `publish`, expected `lock` or `drift`'],
    [['drift', '--moby', '.'], 'Missing `--to`'],
  ])('%j', (args, text) => {
    const run = mobyRefs(...args)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(text)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('names an unknown ref', () => {
    const run = mobyRefs('drift', '--moby', repository.directory, '--to', 'v9.9.9')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Unexpected ref `v9.9.9` unknown in')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})
