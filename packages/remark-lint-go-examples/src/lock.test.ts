import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseLock, readLock, serializeLock, type ExamplesLock, type LockedExample} from './lock.ts'

const commit = '6a43e3d5afddf4111da0f864bbc7cae5d7e95001'
const entry = (chapter: string, line: number, hash: string, extra: Partial<LockedExample> = {}): LockedExample => ({
  chapter,
  line,
  kind: 'program',
  hash,
  program: `p-${hash}`,
  go: 'go1.24.4',
  commit,
  result: 'ok',
  checked: ['build', 'vet'],
  ...extra,
})
const lock = (examples: LockedExample[]): ExamplesLock => ({lockfileVersion: 1, repository: 'github.com/moby/moby', ref: 'docker-v29.7.2', commit, examples})

describe('the examples lock', () => {
  it('is written sorted by chapter then line, with sorted keys, so it is stable across runs', () => {
    const text = serializeLock(lock([entry('06-b.md', 9, 'c'), entry('00-a.md', 71, 'b'), entry('06-b.md', 3, 'a', {reason: 'r', result: 'failed'})]))
    const parsed = JSON.parse(text) as ExamplesLock
    expect(parsed.examples.map((example) => `${example.chapter}:${example.line}`)).toEqual(['00-a.md:71', '06-b.md:3', '06-b.md:9'])
    expect(Object.keys(parsed)).toEqual(['commit', 'examples', 'lockfileVersion', 'ref', 'repository'])
    expect(Object.keys(parsed.examples[1]!)).toEqual([...Object.keys(parsed.examples[1]!)].sort())
    expect(text.endsWith('}\n')).toBe(true)
    expect(serializeLock(parsed)).toBe(text)
  })

  it('is read into an index by block hash', () => {
    const read = parseLock(serializeLock(lock([entry('00-a.md', 1, 'h1'), entry('01-b.md', 2, 'h1', {program: 'other'}), entry('01-b.md', 9, 'h2')])))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.byHash.get('h1')?.map((example) => example.program)).toEqual(['p-h1', 'other'])
    expect(read.byHash.get('h2')).toHaveLength(1)
    expect(read.byHash.has('h3')).toBe(false)
  })

  it('says what is wrong with a lock that is not the verifier’s JSON', () => {
    const detail = (text: string) => {
      const read = parseLock(text)
      return read.ok ? 'ok' : `${read.reason}: ${read.detail}`
    }
    expect(detail('{')).toMatch(/^invalid: .*JSON/)
    expect(detail('null')).toBe('invalid: `lockfileVersion` is not `1`')
    expect(detail('{"lockfileVersion": 2}')).toBe('invalid: `lockfileVersion` is not `1`')
    expect(detail('{"lockfileVersion": 1, "repository": "r", "ref": 3, "commit": "c", "examples": []}')).toBe('invalid: `repository`, `ref` or `commit` is not a string')
    expect(detail('{"lockfileVersion": 1, "repository": "r", "ref": "t", "commit": "c", "examples": {}}')).toBe('invalid: `examples` is not an array')
    expect(detail(JSON.stringify({...lock([]), examples: [{...entry('a.md', 1, 'h'), result: 'maybe'}]}))).toBe(
      'invalid: `examples[0]` lacks `chapter`, `line`, `kind`, `hash`, `program` or `result`',
    )
    expect(detail(serializeLock(lock([])))).toBe('ok')
  })

  it('is read from disk once while unchanged, again when it changes, and a missing file is not an invalid one', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-lock-'))
    try {
      const file = path.join(folder, 'examples.lock.json')
      expect(readLock(file)).toEqual({ok: false, reason: 'missing', detail: 'no such file'})
      fs.writeFileSync(file, serializeLock(lock([entry('a.md', 1, 'h1')])))
      const first = readLock(file)
      expect(readLock(file)).toBe(first)
      fs.writeFileSync(file, serializeLock(lock([entry('a.md', 1, 'h1'), entry('a.md', 5, 'h2')])))
      const second = readLock(file)
      expect(second.ok && second.lock.examples).toHaveLength(2)
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })

  it('keeps only the latest few locks read, so a run over many doc sets does not hold them all', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-locks-'))
    const files = Array.from({length: 6}, (_, index) => path.join(folder, `lock-${index}.json`))
    for (const file of files) fs.writeFileSync(file, serializeLock(lock([entry('00-a.md', 1, 'h1')])))
    const first = readLock(files[0]!)
    expect(readLock(files[0]!)).toBe(first)
    for (const file of files.slice(1)) readLock(file)
    const again = readLock(files[0]!)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })
})
