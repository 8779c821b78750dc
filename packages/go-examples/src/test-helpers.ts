/**
 * Test helpers: find a Go toolchain (or say why there is none), and make a
 * tiny Moby-shaped git repository from `test/fixtures/fake-moby` whose
 * `client/` package has just what the fixture chapter calls.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const packageFolder = path.resolve(import.meta.dirname, '..')
export const fixtures = path.join(packageFolder, 'test/fixtures')

/**
 * A GOROOT for the tests: `$GO_EXAMPLES_GOROOT` (`.ci/run` sets it with the
 * shared go-toolchain.sh), else the `go` on PATH; otherwise why there is none.
 */
export function findGo(): {readonly goroot: string} | {readonly missing: string} {
  const fromEnvironment = process.env['GO_EXAMPLES_GOROOT']
  if (fromEnvironment) return {goroot: fromEnvironment}
  const onPath = spawnSync('go', ['env', 'GOROOT'], {encoding: 'utf8'})
  if (onPath.status === 0 && onPath.stdout.trim()) return {goroot: onPath.stdout.trim()}
  return {missing: 'no Go toolchain: set GO_EXAMPLES_GOROOT to a GOROOT (`.ci/run` does, with ../shared/tools/go-toolchain.sh) or put `go` on PATH'}
}

/** Fixed identity and dates, so the fake repository's commits are the same on every machine. */
const gitEnvironment = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Fixture',
  GIT_AUTHOR_EMAIL: 'fixture@example.com',
  GIT_COMMITTER_NAME: 'Fixture',
  GIT_COMMITTER_EMAIL: 'fixture@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
}

/** Run git in `folder`, failing the test on error. */
export function git(folder: string, ...args: string[]): string {
  const result = spawnSync('git', ['-C', folder, ...args], {encoding: 'utf8', env: gitEnvironment})
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout.trim()
}

/**
 * A git repository holding `test/fixtures/fake-moby`, tagged `v0.1`, and a
 * second commit tagged `v0.2` where `ContainerStart` is renamed (for drift).
 */
export function makeFakeMoby(): {readonly folder: string; readonly commit: string} {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-moby-'))
  fs.cpSync(path.join(fixtures, 'fake-moby'), folder, {recursive: true})
  git(folder, 'init', '-q', '-b', 'main')
  git(folder, 'add', '-A')
  git(folder, 'commit', '-q', '-m', 'fake moby')
  git(folder, 'tag', 'v0.1')
  const commit = git(folder, 'rev-parse', 'HEAD')
  const client = path.join(folder, 'client/client.go')
  fs.writeFileSync(client, fs.readFileSync(client, 'utf8').replaceAll('ContainerStart(', 'ContainerStartWithOptions('))
  git(folder, 'commit', '-q', '-am', 'rename ContainerStart')
  git(folder, 'tag', 'v0.2')
  return {folder, commit}
}
