/**
 * CJK-aware matching: the cases named in the glossary issue, through the
 * matcher and through prose extraction from real Markdown.
 */
import {parseMarkdown} from '@moby-anatomy/markdown-helpers'
import {describe, expect, it} from 'vitest'
import {createMatcher} from './matcher.ts'
import {proseSegments} from './prose.ts'

const entries = [
  {term: '容器', english: 'Container'},
  {term: '容器化', english: 'Containerization'},
  {term: '运行时', english: 'Runtime', aliases: ['容器运行时']},
  {term: '镜像', english: 'Image'},
  {term: '镜像层', english: 'Layer'},
  {term: '镜像服务', english: 'Image Service', englishAliases: ['ImageService']},
  {term: 'API服务器', english: 'API Server'},
]
const matcher = createMatcher(entries)

/** Terms used in a Markdown document, in order. */
function termsIn(markdown: string): string[] {
  return proseSegments(parseMarkdown(markdown), new Set()).flatMap((segment) => matcher.scan(segment).map((match) => entries[match.entry]?.term ?? '?'))
}

describe('createMatcher', () => {
  it('lets the longest Chinese spelling win: 容器 vs 容器化 vs 容器运行时', () => {
    expect(termsIn('容器与容器化都依赖容器运行时。')).toEqual(['容器', '容器化', '运行时'])
  })

  it('tells 镜像 from 镜像层', () => {
    expect(termsIn('镜像由多个镜像层组成。')).toEqual(['镜像', '镜像层'])
  })

  it('matches Latin spellings on word boundaries, case-insensitively: Image vs ImageService vs image', () => {
    expect(termsIn('Image, an image; ImageService; Images; imageservice')).toEqual(['镜像', '镜像', '镜像服务', '镜像服务'])
  })

  it('ignores terms inside code spans and fenced code', () => {
    expect(termsIn('见 `容器` 与 `Image`。\n\n```go\n镜像 := 容器\n```\n')).toEqual([])
  })

  it('reads full-width letters and parentheses after NFKC', () => {
    expect(termsIn('（Ｌａｙｅｒ）与ＩＭＡＧＥ')).toEqual(['镜像层', '镜像'])
  })

  it('reads a term split by emphasis', () => {
    expect(termsIn('一个**容**器和*镜*像。')).toEqual(['容器', '镜像'])
  })

  it('finds terms at the very start and end of a paragraph', () => {
    expect(termsIn('容器\n\n说到底是镜像')).toEqual(['容器', '镜像'])
    expect(matcher.scan('镜像')).toEqual([{entry: 3, start: 0, end: 2}])
  })

  it('applies the Latin boundary only to a Latin edge of a mixed term', () => {
    expect(termsIn('RESTAPI服务器不算，API服务器算，看API服务器。')).toEqual(['API服务器', 'API服务器'])
  })

  it('looks spellings up after normalisation', () => {
    expect(matcher.lookup('ｉｍａｇｅ')).toBe(3)
    expect(matcher.lookup('容器运行时')).toBe(2)
    expect(matcher.lookup('卷')).toBeUndefined()
  })

  it('does not match across inline code', () => {
    expect(termsIn('容`x`器')).toEqual([])
  })
})
