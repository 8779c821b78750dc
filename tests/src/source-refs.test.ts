/**
 * The source-refs workflow through the real CLIs on a fixture doc set: lint
 * without a lock, `moby-refs lock` against a small git repository built in a
 * temporary folder, lint again, correct the chapter, lint clean; then
 * `moby-refs drift` to the repository's newer tag.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {copyFixture, repoRoot, reportedLines, runRemark, type Run} from './harness.ts'

const mobyRefsBin = path.join(repoRoot, 'packages/moby-refs/src/bin.ts')
let moby: string
let docs: string

/** `moby-refs` in the doc set's folder. */
function mobyRefs(...args: string[]): Run {
  const result = spawnSync(process.execPath, ['--conditions=@moby-anatomy/source', mobyRefsBin, ...args], {cwd: docs, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A repository where `v1.0.0` has the old entry point and `v2.0.0` moved it. */
function createRepository(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'moby-e2e-'))
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {cwd: folder, stdio: 'ignore'})
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    fs.writeFileSync(path.join(folder, name), text)
  }
  git('init', '--quiet')
  write('go.mod', 'module github.com/example/moby/v2\n')
  write('daemon/command/daemon.go', 'package command\n\ntype daemonCLI struct{}\n\nfunc (cli *daemonCLI) start() error { return nil }\n')
  write('daemon/create.go', 'package daemon\n\ntype Daemon struct{}\n\nfunc (daemon *Daemon) ContainerCreate() error { return nil }\n')
  git('add', '-A')
  git('commit', '--quiet', '-m', 'one')
  git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0')
  write('daemon/create.go', 'package daemon\n\ntype Daemon struct{}\n\n// ContainerCreate creates.\nfunc (daemon *Daemon) ContainerCreate() error { return nil }\n')
  git('add', '-A')
  git('commit', '--quiet', '-m', 'two')
  git('tag', '-a', 'v2.0.0', '-m', 'v2.0.0')
  return folder
}

beforeAll(() => {
  moby = createRepository()
  docs = copyFixture('source-refs-doc-set')
})

afterAll(() => {
  fs.rmSync(moby, {recursive: true, force: true})
  fs.rmSync(docs, {recursive: true, force: true})
})

describe('source-refs through the real CLIs', () => {
  it('is off without a lock, locks, reports the stale path with a suggestion, and is clean once corrected', () => {
    // A doc set without a refs lock has no project data for the rule: nothing to check, nothing reported.
    const before = runRemark(docs)
    expect(before.stderr).toBe('')
    expect(before.status).toBe(0)

    const lock = mobyRefs('lock', '--moby', moby, '--ref', 'v1.0.0')
    expect(lock.stderr).toBe('')
    expect(lock.status).toBe(0)
    expect(lock.stdout).toContain('4 references at `v1.0.0`')
    expect(fs.existsSync(path.join(docs, 'refs.lock.json'))).toBe(true)

    const stale = runRemark(docs)
    expect(stale.status).toBe(1)
    expect(reportedLines(stale.stderr)).toEqual(['01-源码.md:3:10 source-refs'])
    expect(stale.stderr).toContain('Unexpected missing path `cmd/dockerd/daemon.go` at `v1.0.0`, expected an existing file or folder: did you mean `daemon/command/daemon.go`?')

    const chapter = path.join(docs, '01-源码.md')
    fs.writeFileSync(chapter, fs.readFileSync(chapter, 'utf8').replace('cmd/dockerd/daemon.go', 'daemon/command/daemon.go'))
    expect(reportedLines(runRemark(docs).stderr)).toEqual(['01-源码.md:3:10 source-refs']) // not locked yet
    expect(mobyRefs('lock', '--moby', moby).status).toBe(0)
    const clean = runRemark(docs)
    expect(clean.stderr).toBe('')
    expect(clean.status).toBe(0)
  })

  it('lists what changes at the newer tag, with where it is cited', () => {
    const run = mobyRefs('drift', '--moby', moby, '--to', 'v2.0.0')
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('0 broken, 0 moved, 2 changed, of 4.')
    expect(run.stdout).toContain('| `path:daemon/create.go` | changed |')
    expect(run.stdout).toMatch(/\| `symbol:Daemon\.ContainerCreate` \| changed \| `daemon\/create\.go:5` \(method\) \| `daemon\/create\.go:6` \(method\) \| 01-源码\.md:5 \|/)
  })
})
