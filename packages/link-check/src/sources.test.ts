import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import {describe, expect, it} from 'vitest'
import {collectLinks, fileAnchors} from './sources.ts'

describe('collectLinks in raw HTML', () => {
  it('reads href and src as a browser does (any quoting, any case, any entity), at the attribute', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-html-'))
    try {
      const file = path.join(folder, 'a.md')
      fs.writeFileSync(file, '# 甲\n\n<p><A HREF=b.md>乙</A> <img src=\'c&#46;png\'> <a href="d.md?x=1&amp;y=2&#35;top">丁</a></p>\n\n文中 <a title="href=no.md" href="e.md">戊</a>。\n')
      const result = collectLinks(file, folder, new DocCache())
      expect(result.ok && result.links.map((link) => `${link.line}:${link.column} ${link.url}`)).toEqual([
        '3:7 b.md',
        '3:28 c.png',
        '3:48 d.md?x=1&y=2#top',
        '5:26 e.md',
      ])
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })

  it('offers `id`s of any element and `name`s of `<a>` as anchors, parsed as a browser does (any quoting, any case, any entity)', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-html-'))
    try {
      const file = path.join(folder, 'a.md')
      fs.writeFileSync(file, '# 标题 甲\n\n<div ID=块></div>\n\n文中 <A NAME=\'旧&#38;锚\'></A> <span title="id=假" id="真&amp;锚">x</span> <img name="图">\n')
      const collected = collectLinks(file, folder, new DocCache())
      const expected = ['块', '旧&锚', '标题-甲', '真&锚']
      expect(collected.ok && [...collected.anchors.ids].sort()).toEqual(expected)
      expect(collected.ok && collected.anchors.headings).toEqual(['标题-甲'])
      expect([...(fileAnchors(file, new DocCache())?.ids ?? [])].sort()).toEqual(expected)
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })
})
