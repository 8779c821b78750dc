/**
 * The real doc set: the handbook must lint clean with the preset, both as
 * `pnpm lint` runs it (doc-lint) and as an editor or remark-cli does (the
 * root `.remarkrc.js`), so CI catches a chapter that drifted from the truth.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runDocLint, runRemark} from './harness.ts'

describe('the handbook', () => {
  it('lints clean with the preset (remark-cli, root .remarkrc.js)', () => {
    const run = runRemark(path.join(repoRoot, 'content/handbook'))
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('lints clean as `pnpm lint` runs it (doc-lint with the glossary; uncached here)', () => {
    const run = runDocLint(path.join(repoRoot, 'content/handbook'), '.', '--quiet', '--no-cache', '--glossary', '@moby-anatomy/glossary')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
