/**
 * linkinator over the built site: every internal link and anchor resolves
 * (the chapters' own `03-….md#…` links included, which the site's GitHub
 * slugs keep working). External URLs are not requested here.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {chapterPage, chapters} from './content.ts'
import {checkLinks} from './link-check.ts'
import {assertBuilt, distDir} from './test-harness.ts'

describe('the link check', () => {
  it('reports a missing anchor and a missing page (the check can fail)', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'site-links-'))
    try {
      fs.writeFileSync(path.join(folder, 'index.html'), '<a href="./章.html#缺">a</a><a href="./章.html#有">b</a><a href="./gone.html">c</a>')
      fs.writeFileSync(path.join(folder, '章.html'), '<h2 id="有">有</h2>')
      const {broken} = await checkLinks(folder)
      expect(broken.map((line) => line.replace(/ \(.*$/, '').replace(/^.*→ /, '')).sort()).toEqual(['/gone.html', '/章.html#缺'])
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })
})

describe('the built site', () => {
  it('has every chapter page crawled and no broken internal link or anchor', async () => {
    assertBuilt()
    const {links, broken} = await checkLinks(distDir)
    const crawled = new Set(links.map((link) => decodeURIComponent(link.url).split('#')[0]!.split('/').pop()))
    for (const chapter of chapters) expect(crawled, chapter.file).toContain(`${chapterPage(chapter)}.html`)
    expect(broken).toEqual([])
  })
})
