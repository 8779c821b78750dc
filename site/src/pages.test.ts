/** The generated pages: the learning path follows the chapter index; the history page reuses chapter 00's table. */
import {describe, expect, it} from 'vitest'
import type {Chapter, RefsLock} from './content.ts'
import {historyPageOf, homePage, mobyVersionPage, versionHistoryHeader} from './pages.ts'

const chapter = (number: number, title: string): Chapter =>
  ({number, title, file: `${String(number).padStart(2, '0')}-${title}.md`, summary: `${title}的要点`, difficulty: 2, headings: [], proseCharacters: 5000}) as unknown as Chapter
const lock: RefsLock = {ref: 'docker-v29.7.2', commit: '6a43e3d5afddf4111da0f864bbc7cae5d7e95001', repository: 'github.com/moby/moby', references: {}}

describe('homePage', () => {
  it('has one learning-path card per chapter, in index order, for any number of chapters', () => {
    const chapters = [chapter(0, '总体说明'), chapter(1, '整体架构概述'), chapter(12, '新的一章')]
    const {markdown} = homePage(chapters, lock)
    expect([...markdown.matchAll(/^ {2}- title: "(.+)"$/gm)].map((match) => match[1])).toEqual(['00 总体说明', '01 整体架构概述', '12 新的一章'])
    expect(markdown).toContain('link: "/12-新的一章"')
    expect(markdown).toContain('docker-v29.7.2')
  })
})

describe('mobyVersionPage', () => {
  it('names the tag and the commit', () => {
    const {markdown} = mobyVersionPage(lock, [chapter(0, '总体说明')])
    expect(markdown).toContain('https://github.com/moby/moby/tree/docker-v29.7.2')
    expect(markdown).toContain('https://github.com/moby/moby/commit/6a43e3d5afddf4111da0f864bbc7cae5d7e95001')
  })
})

describe('historyPageOf', () => {
  it("copies chapter 00's version-history table and nests the changelog under its own heading", () => {
    const chapterZero = `# 总体说明\n\n## 版本历史\n\n${versionHistoryHeader}\n| --- | --- | --- | --- |\n| v1.0 | 2026-11-29 | 初始版本 | 团队 |\n\n## 小结\n`
    const changelog = '# @moby-anatomy/handbook\n\n## 1.0.0\n\n### Major Changes\n\n- 初始版本\n'
    const {markdown} = historyPageOf('1.0.0', chapterZero, changelog)
    expect(markdown).toContain(`${versionHistoryHeader}\n| --- | --- | --- | --- |\n| v1.0 | 2026-11-29 | 初始版本 | 团队 |\n\n## 更新日志`)
    expect(markdown).toContain('### 1.0.0\n\n#### Major Changes\n\n- 初始版本')
    expect(markdown).not.toContain('# @moby-anatomy/handbook')
    expect(markdown).not.toContain('## 小结')
  })

  it('says so when chapter 00 has no version-history table', () => {
    expect(historyPageOf('1.0.0', '# 总体说明\n', '').markdown).toContain('（第 00 章没有版本历史表。）')
  })
})
