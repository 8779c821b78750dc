/**
 * Where the verifier gets Go, git and the GOPATH tree: `--go <goroot>` or the
 * shared `go-toolchain.sh` script, the pinned commit from the Moby clone, and
 * a GOPATH made with `git archive` once per commit and kept in a cache.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** A setup step that cannot go on (no Go, an unknown ref, a failed archive): printed without a stack trace. */
export class SetupError extends Error {}

/** The folders of the Moby tree a program may import, as the GOPATH holds them. */
export const archivedFolders = ['client', 'api'] as const

/** The name of the shared script that brings Go 1.24 into a private folder. */
export const toolchainScript = 'shared/tools/go-toolchain.sh'

/**
 * The shared `go-toolchain.sh`: `$GO_TOOLCHAIN_SCRIPT`, else
 * `<ancestor>/shared/tools/go-toolchain.sh` for the nearest ancestor of
 * `start` that has one (in CI: `../shared/tools/` beside the repository).
 */
export function findToolchainScript(start: string, environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnvironment = environment['GO_TOOLCHAIN_SCRIPT']
  if (fromEnvironment) return fromEnvironment
  let folder = path.resolve(start)
  for (;;) {
    const candidate = path.join(folder, toolchainScript)
    if (fs.existsSync(candidate)) return candidate
    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

/** Run the shared script (it prints the GOROOT); its progress goes to our stderr. */
export function installGo(script: string, destination: string): string {
  const result = spawnSync('bash', [script, destination], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})
  const goroot = result.stdout?.trim().split('\n').at(-1)
  if (result.status !== 0 || !goroot) throw new SetupError(`\`bash ${script} ${destination}\` failed (exit code ${result.status ?? result.error?.message}), expected it to print a GOROOT; pass \`--go <goroot>\` instead`)
  return goroot
}

/** `go1.24.4` for a GOROOT, checking that its `go` runs. */
export function goVersion(goroot: string): string {
  const go = path.join(goroot, 'bin/go')
  const result = spawnSync(go, ['env', 'GOVERSION'], {encoding: 'utf8', env: {...process.env, GOROOT: goroot, GOTOOLCHAIN: 'local', GOENV: 'off'}})
  const version = result.stdout?.trim()
  if (result.status !== 0 || !version) throw new SetupError(`Unexpected \`--go ${goroot}\`: \`${go} env GOVERSION\` did not run (${result.error?.message ?? result.stderr?.trim() ?? 'no output'}), expected a Go 1.24 or later GOROOT`)
  return version
}

/** The commit a ref of the Moby clone points to. */
export function resolveCommit(moby: string, ref: string): string {
  if (ref.startsWith('-')) throw new SetupError(`Unexpected ref \`${ref}\`, expected a tag, branch or commit such as \`docker-v29.7.2\``)
  const result = spawnSync('git', ['-C', moby, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {encoding: 'utf8'})
  const commit = result.stdout?.trim()
  if (result.status !== 0 || !commit) throw new SetupError(`Unexpected ref \`${ref}\` unknown in \`${moby}\`, expected a tag, branch or commit of the Moby repository`)
  return commit
}

/**
 * The GOPATH for `commit`, made once and cached as `<cache>/<commit>`: the
 * tag's `vendor/` as `src/` (less its copy of `github.com/moby/moby`), and
 * its `client/` and `api/` as `src/github.com/moby/moby/`. Built in a
 * temporary folder and renamed into place, so an interrupted run leaves no
 * half tree behind.
 */
export function gopathFor(moby: string, commit: string, cache: string): {gopath: string; cached: boolean} {
  const gopath = path.join(cache, commit)
  if (fs.existsSync(path.join(gopath, '.complete'))) return {gopath, cached: true}
  fs.mkdirSync(cache, {recursive: true})
  const temporary = fs.mkdtempSync(path.join(cache, `${commit}.partial-`))
  try {
    const moduleFolder = path.join(temporary, 'src/github.com/moby/moby')
    fs.mkdirSync(moduleFolder, {recursive: true})
    const hasVendor = spawnSync('git', ['-C', moby, 'cat-file', '-e', `${commit}:vendor`]).status === 0
    if (hasVendor) {
      archive(moby, commit, ['vendor'], path.join(temporary, 'src'), ['--strip-components=1', '--exclude=vendor/github.com/moby/moby'])
    }
    archive(moby, commit, [...archivedFolders], moduleFolder, [])
    fs.writeFileSync(path.join(temporary, '.complete'), `${commit}\n`)
    fs.rmSync(gopath, {recursive: true, force: true})
    fs.renameSync(temporary, gopath)
  } finally {
    fs.rmSync(temporary, {recursive: true, force: true})
  }
  return {gopath, cached: false}
}

/** `git archive <commit> <folders> | tar -x <tar options> -C <destination>`. */
function archive(moby: string, commit: string, folders: readonly string[], destination: string, tarOptions: readonly string[]): void {
  const script = 'set -o pipefail; git -C "$1" archive "$2" -- "${@:5}" | tar -x $4 -C "$3"'
  const result = spawnSync('bash', ['-c', script, 'archive', moby, commit, destination, tarOptions.join(' '), ...folders], {encoding: 'utf8'})
  if (result.status !== 0) {
    throw new SetupError(`\`git archive ${commit} ${folders.join(' ')}\` from \`${moby}\` failed: ${result.stderr.trim() || `exit code ${result.status}`}`)
  }
}
