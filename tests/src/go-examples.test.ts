/**
 * The go-examples rule through the real remark CLI, on the fixture doc set
 * the verifier owns (`packages/go-examples/test/fixtures/doc-set`) with its
 * own small examples lock: clean as committed; renaming one call in one
 * program fails lint at that block, and only there.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {copyFixture, repoRoot, reportedLines, runRemark} from './harness.ts'

const chapter = '01-启动容器.md'
let docs: string

beforeAll(() => {
  docs = copyFixture('go-examples-doc-set', {from: path.join(repoRoot, 'packages/go-examples/test/fixtures/doc-set')})
})

afterAll(() => fs.rmSync(docs, {recursive: true, force: true}))

/** Rewrite the chapter of the copy. */
function editChapter(edit: (text: string) => string): void {
  const file = path.join(docs, chapter)
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')))
}

describe('go-examples through the real remark CLI', () => {
  it('passes on the fixture chapter with its lock', () => {
    const run = runRemark(docs)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('fails at the block when one identifier of one example changes (`ContainerStart` to `ContainerStarts`)', () => {
    editChapter((text) => text.replace('cli.ContainerStart(context', 'cli.ContainerStarts(context'))
    const run = runRemark(docs)
    expect(run.status).toBe(1)
    expect(reportedLines(run.stderr)).toEqual([`${chapter}:5:1 go-examples`])
    expect(run.stderr).toContain('5:1-24:4')
    expect(run.stderr).toContain('Unexpected unverified Go example, expected `pnpm examples:verify --moby <git dir>` to have built it at `v0.1`')
    // The fragment that calls the same method is a sketch: renaming there is not reported.
    editChapter((text) => text.replace('cli.ContainerStarts(context', 'cli.ContainerStart(context').replace('cli.ContainerStart(ctx', 'cli.ContainerStarts(ctx'))
    expect(runRemark(docs).status).toBe(0)
  })

  it('reports a program whose lock entry failed, and is silent without a lock', () => {
    const lockFile = path.join(docs, 'examples.lock.json')
    const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as {examples: {line: number; result: string; reason?: string}[]}
    for (const entry of lock.examples) {
      if (entry.line === 62) Object.assign(entry, {result: 'failed', reason: 'run: output line 1 is "41", expected "42"'})
    }
    fs.writeFileSync(lockFile, JSON.stringify(lock))
    const run = runRemark(docs)
    expect(run.status).toBe(1)
    expect(reportedLines(run.stderr)).toEqual([`${chapter}:62:1 go-examples`])
    expect(run.stderr).toContain('Unexpected Go example that fails at `v0.1` (`run: output line 1 is "41", expected "42"`)')
    fs.rmSync(lockFile)
    expect(runRemark(docs).status).toBe(0)
  })
})
