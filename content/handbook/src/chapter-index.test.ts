import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {chapterIndex, renderIndex, type Chapter} from './chapter-index.ts'

const root = path.resolve(import.meta.dirname, '..')

describe('the chapter index', () => {
  const chapters = chapterIndex(root)

  it('lists every chapter file in order, with the navigation table summary and difficulty', () => {
    const files = fs.readdirSync(root).filter((name) => /^\d{2}-.+\.md$/.test(name)).sort()
    expect(chapters.map((chapter) => chapter.file)).toEqual(files)
    expect(chapters.map((chapter) => chapter.number)).toEqual(files.map((_, index) => index))
    expect(chapters[0]).toMatchObject({number: 0, title: '总体说明', file: '00-总体说明.md', summary: '文档概述、学习路径、术语表', difficulty: 1})
    expect(chapters[6]?.difficulty).toBe(5)
  })

  it('gives headings GitHub slugs and counts prose', () => {
    const overview = chapters[0]!
    expect(overview.headings[0]).toEqual({depth: 1, text: 'Moby项目源码剖析 - 总体说明', slug: 'moby项目源码剖析---总体说明'})
    expect(overview.headings).toContainEqual({depth: 2, text: '版本历史', slug: '版本历史'})
    expect(overview.headings).toContainEqual({depth: 3, text: 'SDK 使用者的路线', slug: 'sdk-使用者的路线'})
    for (const chapter of chapters) expect(chapter.proseCharacters).toBeGreaterThan(1000)
  })

  it('renders a module whose chapters equal the index, and declarations naming each file', async () => {
    const {js, dts} = renderIndex(chapters)
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-index-'))
    fs.writeFileSync(path.join(folder, 'index.js'), js)
    const module = (await import(pathToFileURL(path.join(folder, 'index.js')).href)) as {chapters: Chapter[]}
    expect(Object.keys(module)).toEqual(['chapters'])
    expect(module.chapters).toEqual(chapters)
    expect(Object.isFrozen(module.chapters[0]?.headings)).toBe(true)
    expect(dts).toContain(`export type ChapterFile = "00-总体说明.md" | "01-整体架构概述.md"`)
    expect(dts).toContain('export declare const chapters: readonly Chapter[]')
    fs.rmSync(folder, {recursive: true, force: true})
  })

  it('names the file when a chapter has no row in the navigation table', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-index-'))
    fs.writeFileSync(path.join(folder, '00-总体说明.md'), '# Moby项目源码剖析 - 总体说明\n\n| 文档编号 | 文档标题 | 主要内容 | 技术难度 |\n| --- | --- | --- | --- |\n| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |\n')
    fs.writeFileSync(path.join(folder, '01-新章.md'), '# Moby项目源码剖析 - 新章\n')
    expect(() => chapterIndex(folder)).toThrow(`Unexpected chapter ${path.join(folder, '01-新章.md')} without a summary in the navigation table`)
    fs.rmSync(folder, {recursive: true, force: true})
  })

  it('types chapters', () => {
    expectTypeOf<Chapter['difficulty']>().toEqualTypeOf<1 | 2 | 3 | 4 | 5>()
    expectTypeOf<Chapter['headings'][number]['slug']>().toEqualTypeOf<string>()
  })
})
