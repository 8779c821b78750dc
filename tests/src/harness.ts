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

/** `remark . --frail --quiet --no-stdout`, as `pnpm lint` runs it. */
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
