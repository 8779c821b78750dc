import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {DocCache, firstHeading, parseMarkdown} from './loader.ts'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-set-loader-'))

describe('DocCache', () => {
  it('parses a file once however often it is loaded', () => {
    const file = path.join(folder, 'a.md')
    fs.writeFileSync(file, '# Moby项目源码剖析 - 甲\n')
    const docs = new DocCache()
    const first = docs.load(file)
    const second = docs.load(file)
    expect(docs.parseCount).toBe(1)
    expect(second.ok && second.tree).toBe(first.ok && first.tree)
    expect(first.ok && firstHeading(first.tree)?.text).toBe('Moby项目源码剖析 - 甲')
  })

  it('holds nothing after release(): the next load reads and parses again', () => {
    const file = path.join(folder, 'released.md')
    fs.writeFileSync(file, '# 甲\n')
    const docs = new DocCache()
    const first = docs.load(file)
    docs.release()
    const second = docs.load(file)
    expect(docs.parseCount).toBe(2)
    expect(second.ok && second.tree).not.toBe(first.ok && first.tree)
  })

  it('re-reads a file that changed', () => {
    const file = path.join(folder, 'b.md')
    fs.writeFileSync(file, '# 一\n')
    const docs = new DocCache()
    docs.load(file)
    fs.writeFileSync(file, '# 二二二\n')
    const reloaded = docs.load(file)
    expect(reloaded.ok && firstHeading(reloaded.tree)?.text).toBe('二二二')
  })

  it('tells missing files, folders, broken links and bad encodings apart', () => {
    fs.symlinkSync('nowhere.md', path.join(folder, 'link.md'))
    fs.writeFileSync(path.join(folder, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    const docs = new DocCache()
    expect(docs.load(path.join(folder, 'none.md'))).toMatchObject({ok: false, failure: 'missing'})
    expect(docs.load(folder)).toMatchObject({ok: false, failure: 'folder'})
    expect(docs.load(path.join(folder, 'link.md'))).toMatchObject({ok: false, failure: 'broken-symlink'})
    expect(docs.load(path.join(folder, 'latin1.md'))).toMatchObject({ok: false, failure: 'not-utf8'})
  })

  // Issue 12, items 6, 9 and 11: the loader reads only regular files inside the doc set, within the limits.
  it('does not read a file linked out of the root, a FIFO, or one nested past the limit', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-root-'))
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-outside-'))
    fs.writeFileSync(path.join(outside, 'secret.md'), '# root:x:0:0\n')
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, '01-外部.md'))
    fs.writeFileSync(path.join(root, 'deep.md'), `${'>'.repeat(1001)} 深\n`)
    execFileSync('mkfifo', [path.join(root, 'pipe.md')])
    const docs = new DocCache()
    expect(docs.load(path.join(root, '01-外部.md'), root)).toMatchObject({ok: false, failure: 'unreadable', detail: 'is a symbolic link out of the doc set'})
    // Without a root the caller vouches for the path: the link is followed.
    expect(docs.load(path.join(root, '01-外部.md'))).toMatchObject({ok: true})
    expect(docs.load(path.join(root, 'pipe.md'), root)).toMatchObject({ok: false, failure: 'unreadable', detail: 'is not a regular file'})
    expect(docs.load(path.join(root, 'deep.md'), root)).toMatchObject({ok: false, failure: 'unreadable', detail: 'is nested 1001 levels deep, past the nesting limit of 1000'})
    expect(docs.parseCount).toBe(1)
  })

  it('keeps a byte order mark out of the heading', () => {
    const file = path.join(folder, 'bom.md')
    fs.writeFileSync(file, '\uFEFF# 标题\r\n')
    const loaded = new DocCache().load(file)
    expect(loaded.ok && firstHeading(loaded.tree)?.text).toBe('标题')
  })

  it('is a value: two caches share nothing', () => {
    const file = path.join(folder, 'c.md')
    fs.writeFileSync(file, '# 丙\n')
    const one = new DocCache()
    const other = new DocCache()
    const first = one.load(file)
    const second = other.load(file)
    expect(one.parseCount + other.parseCount).toBe(2)
    expect(first.ok && second.ok && first.tree !== second.tree).toBe(true)
  })
})

describe('parseMarkdown', () => {
  it('parses YAML and TOML front matter as data, not as headings or paragraphs', () => {
    const yaml = parseMarkdown('---\ntitle: "/engine/[x]"\n---\n\n# 标题\n')
    expect(yaml.children.map((node) => node.type)).toEqual(['yaml', 'heading'])
    const toml = parseMarkdown('+++\ntitle = "x"\n+++\n\n正文\n')
    expect(toml.children.map((node) => node.type)).toEqual(['toml', 'paragraph'])
  })
})
