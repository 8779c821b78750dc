/**
 * Helpers for end-to-end tests: copy a fixture doc set to a temporary folder,
 * run the real CLIs on it, and read vfile-reporter output as
 * `file:line:col rule-id` lines.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

export const repoRoot = path.resolve(import.meta.dirname, '../..')
const presetSource = path.join(repoRoot, 'packages/remark-preset/src/index.ts')
const remarkCli = path.join(repoRoot, 'tests/node_modules/remark-cli/cli.js')
const docLint = path.join(repoRoot, 'packages/cli/src/bin.ts')
const checkLinksBin = path.join(repoRoot, 'packages/link-check/src/bin.ts')

/** A finished command. */
export interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Copy `tests/fixtures/<name>` (or the folder `from`, a fixture a package
 * owns) to a new temporary folder with a `.remarkrc.js` using the preset;
 * with `ownGlossary`, the preset checks the fixture's `glossary.js` instead of
 * the handbook's glossary.
 */
export function copyFixture(name: string, {ownGlossary = false, from = path.join(repoRoot, 'tests/fixtures', name)} = {}): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`))
  fs.cpSync(from, folder, {recursive: true})
  const preset = JSON.stringify(pathToFileURL(presetSource).href)
  fs.writeFileSync(
    path.join(folder, '.remarkrc.js'),
    ownGlossary
      ? `import {createPreset} from ${preset}\nimport {glossary} from './glossary.js'\nexport default {plugins: [createPreset({glossaryCoverage: {glossary}})]}\n`
      : `import preset from ${preset}\nexport default {plugins: [preset]}\n`,
  )
  return folder
}

/** Run a Node script with the workspace's source condition. */
function runNode(script: string, args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, ['--conditions=@moby-anatomy/source', script, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'},
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** `remark . --frail --quiet --no-stdout`: the preset through remark-cli and the root `.remarkrc.js`, as editors run it. */
export function runRemark(cwd: string, ...args: string[]): Run {
  return runNode(remarkCli, ['.', '--frail', '--quiet', '--no-stdout', '--no-color', ...args], cwd)
}

/** The `doc-lint` command. */
export function runDocLint(cwd: string, ...args: string[]): Run {
  return runNode(docLint, args, cwd)
}

/** The `check-links` command (offline unless `--external` is passed). */
export function runCheckLinks(cwd: string, ...args: string[]): Run {
  return runNode(checkLinksBin, args, cwd)
}

/** Messages of a vfile-reporter report as sorted `file:line:col rule-id` lines. */
export function reportedLines(report: string): string[] {
  const lines: string[] = []
  let file = ''
  for (const line of report.split('\n')) {
    const message = /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(?:warning|error)\s+.*?\s([a-z][\w-]*)\s+remark-lint\s*$/.exec(line)
    if (message) lines.push(`${file}:${message[1]}:${message[2]} ${message[3]}`)
    else if (/^\S/.test(line) && !/^[⚠✖]/.test(line) && line.trim() !== '') file = line.trim()
  }
  return lines.sort()
}

const changesetsHistoryBin = path.join(repoRoot, 'packages/changelog/src/bin.ts')
const mobyRefsBin = path.join(repoRoot, 'packages/moby-refs/src/bin.ts')

/** The release step, `changesets-history`. */
export function runChangesetsHistory(cwd: string, env: Readonly<Record<string, string | undefined>>, ...args: string[]): Run {
  return runLimited('', changesetsHistoryBin, args, cwd, env)
}

/** The `moby-refs` command. */
export function runMobyRefs(cwd: string, ...args: string[]): Run {
  return runNode(mobyRefsBin, args, cwd)
}

/** The commands by name, for `runLimited`. */
export const bins = {docLint, checkLinks: checkLinksBin, changesetsHistory: changesetsHistoryBin, mobyRefs: mobyRefsBin} as const

/**
 * Run a Node script under shell limits (`ulimit -f 64`, `ulimit -n 128`), the
 * way a full disk or a low descriptor limit looks to the command; killed
 * after `timeout` ms so a hang fails the test instead of stalling it.
 */
export function runLimited(limits: string, script: string, args: readonly string[], cwd: string, env: Readonly<Record<string, string | undefined>> = {}, timeout = 120_000): Run {
  const result = spawnSync('bash', ['-c', `${limits}${limits ? '; ' : ''}exec "$@"`, 'bash', process.execPath, '--conditions=@moby-anatomy/source', script, ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env},
  })
  return {status: result.error ? null : result.status, stdout: result.stdout, stderr: result.stderr + (result.error ? `\n(${result.error.message})` : '')}
}

/** Whether this process runs as root (some faults can only be made, or only be avoided, as root). */
export const isRoot = process.getuid?.() === 0

/**
 * Make `folder` read-only for this process: a read-only bind mount as root
 * (root ignores permission bits), `chmod 555` otherwise. Returns the undo, or
 * a reason when it cannot be done here.
 */
export function makeReadOnly(folder: string): {undo: () => void} | {reason: string} {
  if (!isRoot) {
    fs.chmodSync(folder, 0o555)
    return {undo: () => fs.chmodSync(folder, 0o755)}
  }
  const bind = spawnSync('mount', ['--bind', folder, folder], {encoding: 'utf8'})
  if (bind.status !== 0) return {reason: `a read-only bind mount needs CAP_SYS_ADMIN (${bind.stderr.trim()})`}
  const remount = spawnSync('mount', ['-o', 'remount,bind,ro', folder], {encoding: 'utf8'})
  if (remount.status !== 0) {
    spawnSync('umount', [folder])
    return {reason: `remount read-only failed (${remount.stderr.trim()})`}
  }
  return {undo: () => void spawnSync('umount', [folder])}
}

/** Every file under `folder` (no links followed, `.git` and `node_modules` left out) with its bytes, to prove nothing changed. */
export function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, {withFileTypes: true})) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isSymbolicLink()) files.set(path.relative(folder, full), `-> ${fs.readlinkSync(full)}`)
      else if (entry.isFile()) files.set(path.relative(folder, full), fs.readFileSync(full).toString('base64'))
      else files.set(path.relative(folder, full), 'special')
    }
  }
  walk(folder)
  return files
}
