import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {clearDocCache, firstHeading, loadDoc, loaderParseCount} from './loader.ts'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-set-loader-'))
afterEach(() => clearDocCache())

describe('loadDoc', () => {
  it('parses a file once however often it is loaded', () => {
    const file = path.join(folder, 'a.md')
    fs.writeFileSync(file, '# Moby项目源码剖析 - 甲\n')
    const before = loaderParseCount()
    const first = loadDoc(file)
    const second = loadDoc(file)
    expect(loaderParseCount() - before).toBe(1)
    expect(second.ok && second.tree).toBe(first.ok && first.tree)
    expect(first.ok && firstHeading(first.tree)?.text).toBe('Moby项目源码剖析 - 甲')
  })

  it('re-reads a file that changed', () => {
    const file = path.join(folder, 'b.md')
    fs.writeFileSync(file, '# 一\n')
    loadDoc(file)
    fs.writeFileSync(file, '# 二二二\n')
    const reloaded = loadDoc(file)
    expect(reloaded.ok && firstHeading(reloaded.tree)?.text).toBe('二二二')
  })

  it('tells missing files, folders, broken links and bad encodings apart', () => {
    fs.symlinkSync('nowhere.md', path.join(folder, 'link.md'))
    fs.writeFileSync(path.join(folder, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    expect(loadDoc(path.join(folder, 'none.md'))).toMatchObject({ok: false, failure: 'missing'})
    expect(loadDoc(folder)).toMatchObject({ok: false, failure: 'folder'})
    expect(loadDoc(path.join(folder, 'link.md'))).toMatchObject({ok: false, failure: 'broken-symlink'})
    expect(loadDoc(path.join(folder, 'latin1.md'))).toMatchObject({ok: false, failure: 'not-utf8'})
  })

  it('keeps a byte order mark out of the heading', () => {
    const file = path.join(folder, 'bom.md')
    fs.writeFileSync(file, '\uFEFF# 标题\r\n')
    const loaded = loadDoc(file)
    expect(loaded.ok && firstHeading(loaded.tree)?.text).toBe('标题')
  })
})
