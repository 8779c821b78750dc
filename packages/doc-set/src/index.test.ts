import {describe, expect, expectTypeOf, it} from 'vitest'
import * as docSet from './index.ts'
import {closest, code, documentText, editDistance, listOr, parseChapterName, rawOffset, type ChapterFile} from './index.ts'

describe('@moby-anatomy/doc-set', () => {
  it('exports exactly its public surface', () => {
    expect(Object.keys(docSet).sort()).toEqual(
      [
        'cellPlace', 'cellSource', 'checkOptions', 'clearDocCache', 'closest', 'code', 'defaultChapterPattern', 'documentText', 'editDistance',
        'failOption', 'findTables', 'firstHeading', 'headerCells', 'headingSlugs', 'indexTree', 'isOptionError', 'listChapters', 'listOr', 'loadDoc', 'loaderParseCount', 'nonEmptyString', 'optionErrorNote',
        'parseChapterName', 'parseMarkdown', 'remarkParseOnce', 'patternWithGroup', 'plainText', 'proseStats', 'rawOffset', 'replaceTableBodies', 'sliceSource', 'toPattern',
      ].sort(),
    )
  })

  it('types chapter files', () => {
    expectTypeOf(parseChapterName).returns.toEqualTypeOf<ChapterFile | undefined>()
  })

  it('parses chapter names, NFC-normalised', () => {
    expect(parseChapterName('03-守护进程核心模块.md')).toEqual({name: '03-守护进程核心模块.md', number: '03', nameTitle: '守护进程核心模块'})
    expect(parseChapterName('README.md')).toBeUndefined()
    expect(parseChapterName('3-x.md')).toBeUndefined()
  })

  it('measures edit distance by code point and suggests only close names', () => {
    expect(editDistance('守护进程', '守护进程核心模块')).toBe(4)
    expect(closest('03-守护进程.md', ['01-整体架构概述.md', '03-守护进程核心模块.md'])).toBe('03-守护进程核心模块.md')
    expect(closest('zzzzzz', ['01-整体架构概述.md'])).toBeUndefined()
  })

  it('formats values and lists the way messages need', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(listOr(['a', 'b', 'c', 'd'])).toBe('`a`, `b`, `c`, or …')
  })

  it('maps mdast offsets past a byte order mark', () => {
    expect(documentText('\uFEFF# x')).toBe('# x')
    expect(rawOffset('\uFEFF# x', 2)).toBe(3)
    expect(rawOffset('# x', 2)).toBe(2)
  })
})

describe('proseStats', () => {
  it('counts Han characters of prose only, diagrams, code blocks and cited paths', () => {
    const tree = docSet.parseMarkdown(
      '# 标题\n\n正文`daemon/create.go`与`api/types/`，以及`docker run`。\n\n| 表格 |\n| - |\n| 不计 |\n\n```mermaid\nflowchart LR\n  A[图] --> B\n```\n\n```go\n// 注释\n```\n\n<!-- 注释 -->\n',
    )
    expect(docSet.proseStats(tree)).toEqual({proseHan: 7, diagrams: 1, codeBlocks: 1, citedPaths: ['api/types/', 'daemon/create.go']})
  })
})

describe('headingSlugs', () => {
  it('slugs headings as GitHub does, duplicates numbered, nested ones included', () => {
    const tree = docSet.parseMarkdown('# 概述\n\n## 安装（Linux）步骤！\n\n> ## 概述\n\n- ## `API` 与 <b>HTML</b>\n')
    expect(docSet.headingSlugs(tree).map(({depth, text, slug}) => [depth, text, slug])).toEqual([
      [1, '概述', '概述'],
      [2, '安装（Linux）步骤！', '安装linux步骤'],
      [2, '概述', '概述-1'],
      [2, 'API 与 HTML', 'api-与-html'],
    ])
  })
})
