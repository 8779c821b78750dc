/**
 * A chapter page's initial JavaScript is at most 150 KB gzipped (mermaid and
 * the search index load later and are not in it), for every chapter.
 */
import {describe, expect, it} from 'vitest'
import {chapterPage, chapters} from './content.ts'
import {gzipTotal, initialScripts} from './initial-js.ts'
import {assertBuilt, distDir} from './test-harness.ts'

describe('initial JavaScript of a chapter page', () => {
  it.each(chapters.map((chapter) => [chapter.file, chapter] as const))('%s is at most 150 KB gzipped, without diagrams', (_file, chapter) => {
    assertBuilt()
    const scripts = initialScripts(distDir, `${chapterPage(chapter)}.html`)
    expect(scripts.some((script) => script.name.includes('/app.'))).toBe(true)
    expect(scripts.filter((script) => /mermaid/i.test(script.name))).toEqual([])
    expect(gzipTotal(scripts)).toBeLessThanOrEqual(150 * 1024)
  })
})
