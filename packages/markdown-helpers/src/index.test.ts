import {describe, expect, expectTypeOf, it} from 'vitest'
import * as helpers from './index.ts'
import {closest, documentText, editDistance, indexTree, parseChapterName, parseMarkdown, rawOffset, type ChapterFile, type Indexed} from './index.ts'

describe('@moby-anatomy/markdown-helpers', () => {
  it('exports exactly its public surface', () => {
    expect(Object.keys(helpers).sort()).toEqual(
      [
        'DocCache', 'cellPlace', 'cellSource', 'closest', 'defaultChapterPattern', 'documentText', 'editDistance', 'findTables', 'findsLiteralsInOneWalk',
        'firstHeading', 'forEachNode', 'headingSlugs', 'indexTree', 'listChapters', 'markdownParser', 'parseChapterName', 'parseMarkdown', 'plainText',
        'proseStats', 'rawOffset', 'remarkGfmOneWalk', 'remarkParseInSections', 'remarkParseOnce', 'replaceTableBodies', 'sectionLimits', 'sliceSource', 'upToFirstHeading',
      ].sort(),
    )
  })

  it('types chapter files', () => {
    expectTypeOf(parseChapterName).returns.toEqualTypeOf<ChapterFile | undefined>()
  })

  it('parses chapter names, NFC-normalised', () => {
    const pattern = helpers.defaultChapterPattern
    expect(parseChapterName('03-守护进程核心模块.md', pattern)).toEqual({name: '03-守护进程核心模块.md', number: '03', nameTitle: '守护进程核心模块'})
    expect(parseChapterName('README.md', pattern)).toBeUndefined()
    expect(parseChapterName('3-x.md', pattern)).toBeUndefined()
  })

  it('measures edit distance by code point and suggests only close names', () => {
    expect(editDistance('守护进程', '守护进程核心模块')).toBe(4)
    expect(closest('03-守护进程.md', ['01-整体架构概述.md', '03-守护进程核心模块.md'])).toBe('03-守护进程核心模块.md')
    expect(closest('zzzzzz', ['01-整体架构概述.md'])).toBeUndefined()
  })

  it('maps mdast offsets past a byte order mark', () => {
    expect(documentText('\uFEFF# x')).toBe('# x')
    expect(rawOffset('\uFEFF# x', 2)).toBe(3)
    expect(rawOffset('# x', 2)).toBe(2)
  })
})

describe('proseStats', () => {
  it('counts Han characters of prose only, diagrams, code blocks and cited paths', () => {
    const tree = helpers.parseMarkdown(
      '# 标题\n\n正文`daemon/create.go`与`api/types/`，以及`docker run`。\n\n| 表格 |\n| - |\n| 不计 |\n\n```mermaid\nflowchart LR\n  A[图] --> B\n```\n\n```go\n// 注释\n```\n\n<!-- 注释 -->\n',
    )
    expect(helpers.proseStats(tree)).toEqual({proseHan: 7, diagrams: 1, codeBlocks: 1, citedPaths: ['api/types/', 'daemon/create.go']})
  })
})

describe('headingSlugs', () => {
  it('slugs headings as GitHub does, duplicates numbered, nested ones included', () => {
    const tree = helpers.parseMarkdown('# 概述\n\n## 安装（Linux）步骤！\n\n> ## 概述\n\n- ## `API` 与 <b>HTML</b>\n')
    expect(helpers.headingSlugs(tree).map(({depth, text, slug}) => [depth, text, slug])).toEqual([
      [1, '概述', '概述'],
      [2, '安装（Linux）步骤！', '安装linux步骤'],
      [2, '概述', '概述-1'],
      [2, 'API 与 HTML', 'api-与-html'],
    ])
  })
})

describe('indexTree', () => {
  it('gives the nodes of any type with their ancestors, in document order, from one walk', () => {
    const tree = parseMarkdown('# 标题\n\n**甲** 与 `乙`\n\n> **丙**\n')
    const index = indexTree(tree)
    expect(indexTree(tree)).toBe(index)
    expect(index.ofType('strong').map(({node, ancestors}) => [helpers.plainText(node), ancestors.map((ancestor) => ancestor.type)])).toEqual([
      ['甲', ['root', 'paragraph']],
      ['丙', ['root', 'blockquote', 'paragraph']],
    ])
    expect(index.ofType('inlineCode').map(({node}) => node.value)).toEqual(['乙'])
    expect(index.ofType('table')).toEqual([])
    expectTypeOf(index.ofType('link')).toEqualTypeOf<readonly Indexed<import('mdast').Link>[]>()
  })
})
