import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readLock, serializeLock, type RefsLock} from './lock.ts'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'refs-lock-'))
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

/** Write a lock file and read it back. */
function read(name: string, text: string): ReturnType<typeof readLock> {
  const file = path.join(folder, name)
  fs.writeFileSync(file, text)
  return readLock(file)
}

const base = {lockfileVersion: 1, repository: 'github.com/moby/moby', ref: 'v1', commit: 'abc'}

describe('readLock', () => {
  it('reads a lock, and says why one is missing or invalid', () => {
    expect(read('ok.json', JSON.stringify({...base, references: {'path:a/b.go': {kind: 'path', exists: true, type: 'blob', blob: 'x', lines: 3}}})).ok).toBe(true)
    expect(readLock(path.join(folder, 'none.json'))).toEqual({ok: false, reason: 'missing', detail: 'no such file'})
    expect(read('syntax.json', '{')).toMatchObject({ok: false, reason: 'invalid'})
    expect(read('version.json', JSON.stringify({...base, lockfileVersion: 2, references: {}}))).toMatchObject({detail: '`lockfileVersion` is not `1`'})
    expect(read('fields.json', JSON.stringify({...base, ref: 1, references: {}}))).toMatchObject({detail: '`repository`, `ref` or `commit` is not a string'})
    expect(read('refs.json', JSON.stringify({...base, references: null}))).toMatchObject({detail: '`references` is not an object'})
    expect(read('entry.json', JSON.stringify({...base, references: {'symbol:A.B': {kind: 'symbol', exists: false}}}))).toMatchObject({detail: 'entry `symbol:A.B` is not a path or symbol entry'})
  })

  it('reads a changed file again', () => {
    expect(read('change.json', JSON.stringify({...base, references: {}}))).toMatchObject({ok: true})
    expect(read('change.json', '{"lockfileVersion": 1}')).toMatchObject({ok: false, reason: 'invalid'})
  })
})

describe('serializeLock', () => {
  it('sorts keys at every level, keeps array order, ends with a newline', () => {
    const lock = {...base, references: {'symbol:B': {kind: 'symbol', exists: false, candidates: [{symbol: 'z', file: 'f', line: 2}, {symbol: 'a', file: 'e', line: 1}]}, 'path:a': {kind: 'path', exists: true, type: 'tree', tree: 't'}}} as unknown as RefsLock
    const text = serializeLock(lock)
    expect(text.endsWith('}\n')).toBe(true)
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['commit', 'lockfileVersion', 'ref', 'references', 'repository'])
    expect(Object.keys((JSON.parse(text) as RefsLock).references)).toEqual(['path:a', 'symbol:B'])
    expect(text.indexOf('"z"')).toBeLessThan(text.indexOf('"a"'))
  })
})
