/**
 * The real doc set's links: `check-links` (linkinator underneath) finds no
 * broken file, image or anchor in the handbook offline, as CI runs it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCheckLinks} from './harness.ts'

describe('the handbook links', () => {
  it('pass check-links offline', () => {
    const json = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-links-')), 'report.json')
    const run = runCheckLinks(path.join(repoRoot, 'content/handbook'), '--json', json)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^no broken links: \d+ files, \d+ links \(\d+ local, \d+ external\); \d+ external skipped \(offline; --external checks them\)\n$/)
    expect(run.status).toBe(0)
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as {passed: boolean; links: {local: number}}
    expect(report.passed).toBe(true)
    expect(report.links.local).toBeGreaterThan(20)
  })
})
