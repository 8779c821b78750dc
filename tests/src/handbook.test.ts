/**
 * The real doc set: the handbook must lint clean with the preset, as
 * `pnpm lint` runs it, so CI catches a chapter that drifted from the truth.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runRemark} from './harness.ts'

describe('the handbook', () => {
  it('lints clean with the preset (remark-cli, root .remarkrc.js)', () => {
    const run = runRemark(path.join(repoRoot, 'content/handbook'))
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
