/**
 * The lock, the rule and the drift table against a small git repository
 * built in a temporary folder (Go files over two tags): no network, no Moby.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import remarkLintSourceRefs from '@moby-anatomy/remark-lint-source-refs'
import {serializeLock, type RefsLock} from '@moby-anatomy/remark-lint-source-refs/lock'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {collectReferences, createLock, drift, formatDrift} from './commands.ts'
import {createTestRepository, type TestRepository} from './test-repository.ts'

const chapter = path.resolve(import.meta.dirname, '../test/fixtures/chapter.md')
let repository: TestRepository
let lock: RefsLock
let folder: string

/** Lint Markdown with the rule against a lock file; messages as `line:col: reason`, sorted. */
async function lint(value: string, lockPath: string): Promise<string[]> {
  const file = new VFile({value, path: path.join(folder, 'chapter.md'), cwd: folder})
  await remark().use(remarkGfm).use(remarkLintSourceRefs, {lock: lockPath}).process(file)
  return file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`).sort()
}

beforeAll(() => {
  repository = createTestRepository()
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-refs-lint-'))
  lock = createLock(repository.directory, 'v1.0.0', collectReferences([chapter], new DocCache()))
  fs.writeFileSync(path.join(folder, 'refs.lock.json'), serializeLock(lock))
})

afterAll(() => {
  repository.remove()
  fs.rmSync(folder, {recursive: true, force: true})
})

/** What git says, for comparison. */
function git(...args: string[]): string {
  return execFileSync('git', ['-C', repository.directory, ...args], {encoding: 'utf8'}).trim()
}

describe('createLock', () => {
  it('records the repository, the tag and its commit (not the tag object)', () => {
    expect(lock.ref).toBe('v1.0.0')
    expect(lock.commit).toBe(git('rev-parse', 'v1.0.0^{commit}'))
    expect(lock.commit).not.toBe(git('rev-parse', 'v1.0.0'))
    expect(lock.repository).toBe('github.com/moby/moby')
  })

  it('records a file with its blob id and line count, a folder with its tree id', () => {
    expect(lock.references['path:daemon/create.go']).toEqual({kind: 'path', exists: true, type: 'blob', blob: git('rev-parse', 'v1.0.0:daemon/create.go'), lines: 25})
    expect(lock.references['path:daemon/server']).toEqual({kind: 'path', exists: true, type: 'tree', tree: git('rev-parse', 'v1.0.0:daemon/server')})
  })

  it('records where each symbol is declared: by package, alias, receiver, field, interface method, member of a type', () => {
    const where = (key: string) => {
      const entry = lock.references[key]
      return entry?.kind === 'symbol' && entry.exists ? entry.declarations.map((declaration) => `${declaration.file}:${declaration.line} ${declaration.kind}`) : entry
    }
    expect(where('symbol:Daemon.ContainerCreate')).toEqual(['daemon/create.go:20 method'])
    expect(where('symbol:NewDaemon')).toEqual(['daemon/create.go:17 func'])
    expect(where('symbol:cerrdefs.IsNotFound')).toEqual(['vendor/github.com/containerd/errdefs/errors.go:4 func'])
    expect(where('symbol:client.New')).toEqual(['client/client.go:13 func'])
    expect(where('symbol:client.MaxAPIVersion')).toEqual(['client/client.go:4 const'])
    expect(where('symbol:Client.Close')).toEqual(['client/client.go:18 method'])
    expect(where('symbol:Daemon.containers')).toEqual(['daemon/create.go:12 field'])
    expect(where('symbol:container.Container')).toEqual(['daemon/container/store.go:10 type'])
    expect(where('symbol:container.State.Wait')).toEqual(['daemon/container/store.go:21 method'])
    expect(where('symbol:Store.Size')).toEqual(['daemon/container/store.go:6 interface-method'])
    expect(where('symbol:daemonCLI.start')).toEqual(['cmd/dockerd/daemon.go:5 method'])
  })

  it('records suggestions for what is missing: same file name, close or same names', () => {
    expect(lock.references['path:api/server/server.go']).toEqual({kind: 'path', exists: false, candidates: ['daemon/server/server.go']})
    expect(lock.references['symbol:client.NewEnvClient']).toEqual({
      kind: 'symbol',
      exists: false,
      candidates: [
        {symbol: 'client.New', file: 'client/client.go', line: 13},
        {symbol: 'client.Client', file: 'client/client.go', line: 7},
      ],
    })
  })

  it('is deterministic: sorted keys, same bytes on every run, from a bare git dir too', () => {
    const text = serializeLock(lock)
    const keys = Object.keys(JSON.parse(text).references as object)
    expect(keys).toEqual([...keys].sort())
    const bare = createTestRepository(true)
    try {
      const again = createLock(bare.directory, 'v1.0.0', collectReferences([chapter], new DocCache()))
      expect(serializeLock(again)).toBe(text)
    } finally {
      bare.remove()
    }
  })
})

describe('the rule against the lock', () => {
  it('reports every kind of problem in the fixture chapter, and nothing else', async () => {
    expect(await lint(fs.readFileSync(chapter, 'utf8'), 'refs.lock.json')).toEqual(
      [
        '7:5: Unexpected missing path `api/server/server.go` at `v1.0.0`, expected an existing file or folder: did you mean `daemon/server/server.go`?',
        '7:32: Unexpected undeclared symbol `client.NewEnvClient` at `v1.0.0`, expected a declared Go name: did you mean `client.New` (`client/client.go:13`) or `client.Client` (`client/client.go:7`)?',
        '7:57: Unexpected line range `L90` for `daemon/create.go`, expected lines within 1-25 (its length at `v1.0.0`)',
        '9:73: Unexpected link to `main`, expected the pinned tag `v1.0.0` or a commit',
      ].sort(),
    )
  })

  it('reports a reference absent from the lock', async () => {
    expect(await lint('见 `daemon/start.go` 与 `Daemon.ContainerStart`。\n', 'refs.lock.json')).toEqual([
      '1:23: Unexpected symbol `Daemon.ContainerStart` missing from `refs.lock.json`, expected it locked: run `pnpm refs:lock --moby <git dir>`',
      '1:3: Unexpected path `daemon/start.go` missing from `refs.lock.json`, expected it locked: run `pnpm refs:lock --moby <git dir>`',
    ])
  })

  it('reports a missing lock once per file', async () => {
    expect(await lint('`daemon/create.go` `client.New`\n', 'nowhere.json')).toEqual([
      '1:1: Unexpected source reference `daemon/create.go` without a lock file, expected `nowhere.json`: run `pnpm refs:lock --moby <git dir>`',
    ])
  })
})

describe('drift', () => {
  it('lists references that break, move or whose file changed between the pin and a newer tag', () => {
    const result = drift(lock, repository.directory, 'v2.0.0')
    expect(result.commit).toBe(git('rev-parse', 'v2.0.0^{commit}'))
    expect(result.rows.map((row) => `${row.status} ${row.reference}`)).toEqual([
      'broken path:cmd/dockerd/daemon.go',
      'broken symbol:client.New',
      'moved symbol:daemonCLI.start',
      'changed path:daemon/create.go',
      'changed symbol:Client.Close',
      'changed symbol:Daemon.ContainerCreate',
      'changed symbol:Daemon.containers',
      'changed symbol:NewDaemon',
      'changed symbol:client.MaxAPIVersion',
    ])
    const table = formatDrift(lock, 'v2.0.0', result.commit, result.rows)
    expect(table.split('\n').slice(0, 6)).toEqual([
      `References of the lock at \`v1.0.0\` (${lock.commit.slice(0, 12)}) compared with \`v2.0.0\` (${result.commit.slice(0, 12)}): 2 broken, 1 moved, 6 changed, of ${Object.keys(lock.references).length}.`,
      '',
      '| reference | status | at `v1.0.0` | at `v2.0.0` |',
      '| --- | --- | --- | --- |',
      '| `path:cmd/dockerd/daemon.go` | broken | blob ' + git('rev-parse', 'v1.0.0:cmd/dockerd/daemon.go').slice(0, 10) + ', 5 lines | missing; same name: `daemon/command/daemon.go` |',
      '| `symbol:client.New` | broken | `client/client.go:13` (func) | missing; declared as `client.NewClient` in `client/client.go:13` |',
    ])
    expect(table).toContain('| `symbol:daemonCLI.start` | moved | `cmd/dockerd/daemon.go:5` (method) | `daemon/command/daemon.go:5` (method) |')
  })

  it('has no rows between a tag and itself', () => {
    const result = drift(lock, repository.directory, 'v1.0.0')
    expect(result.rows).toEqual([])
    expect(formatDrift(lock, 'v1.0.0', result.commit, result.rows)).toMatch(/: 0 broken, 0 moved, 0 changed, of \d+\.\n$/)
  })
})
