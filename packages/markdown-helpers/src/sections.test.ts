/**
 * `remarkParseInSections` against a whole parse: the same tree, node for node
 * and position for position, on every Markdown file of the repo and on
 * generated documents made of what can run past a cut (open fences, HTML
 * blocks, lists, front matter, definitions and references in other
 * sections), with the limits at their smallest so every possible cut is made.
 */
import fc from 'fast-check'
import type {Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {remarkGfmOneWalk} from './gfm.ts'
import {markdownParser} from './loader.ts'
import {repoMarkdownFiles} from './repo-markdown.ts'
import {parseInSections, remarkParseInSections, sectionLimits, sectionStarts, type SectionLimits} from './sections.ts'

const everyCut: SectionLimits = {minChars: 0, sectionChars: 1}
const whole = unified().use(remarkParse).use(remarkGfmOneWalk).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
const sectioned = unified().use(remarkParse).use(remarkParseInSections, everyCut).use(remarkGfmOneWalk).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

/** How a text was parsed with every cut made: by sections, or whole after a check failed. */
function parsedBy(text: string): 'sections' | 'whole' | 'uncut' {
  if (sectionStarts(text, everyCut.sectionChars).length === 0) return 'uncut'
  const data = whole.data()
  let fellBack = false
  const parseSection = (section: string, declare: Parameters<Parameters<typeof parseInSections>[1]>[1]): Root =>
    fromMarkdown(section, {extensions: [...(data.micromarkExtensions ?? []), declare], mdastExtensions: data.fromMarkdownExtensions ?? []})
  parseInSections(text, parseSection, () => ((fellBack = true), whole.parse(text)), everyCut)
  return fellBack ? 'whole' : 'sections'
}

function expectSameTree(text: string): void {
  expect(sectioned.parse(text)).toEqual(whole.parse(text))
}

describe('remarkParseInSections', () => {
  it('cuts before ATX headings after a blank line, not inside front matter, not in text with carriage returns', () => {
    const text = 'intro\n\n# A\n\ntext\n# B\n\n## C\n\n#D\n\n####### E\n'
    expect(sectionStarts(text, 1)).toEqual([text.indexOf('# A'), text.indexOf('## C')])
    expect(sectionStarts(text, text.indexOf('## C') - text.indexOf('# A') + 1)).toEqual([text.indexOf('## C')])
    const withFrontMatter = '---\ntitle: x\n\n# not a cut\n---\n\n# A\n'
    expect(sectionStarts(withFrontMatter, 1)).toEqual([withFrontMatter.indexOf('# A')])
    expect(sectionStarts('---\ntitle: x\n\n# never closed\n', 1)).toEqual([])
    expect(sectionStarts('a\r\n\r\n# A\r\n', 1)).toEqual([])
  })

  it('parses by sections where it can, and whole where a section stays open or a label is not what it seems', () => {
    expect(parsedBy('a [x] b\n\n# A\n\n[x]: /u\n')).toBe('sections')
    expect(parsedBy('a[^n]\n\n# A\n\n[^n]: note\n')).toBe('sections')
    expect(parsedBy('![x]\n\n# A\n\n[X ]: /v\n')).toBe('sections')
    expect(parsedBy('- item\n\n  more\n\n# A\n')).toBe('sections')
    expect(parsedBy('```\ncode\n\n# not a heading\n```\n')).toBe('whole')
    expect(parsedBy('<!--\n\n# inside a comment\n-->\n')).toBe('whole')
    expect(parsedBy('text\n[x]: not a definition inside a paragraph\n\n# A\n\n[x] is text\n')).toBe('whole')
    expect(parsedBy('> [x\n> y]: /u\n\n# A\n\n[x y]\n')).toBe('whole')
  })

  it('is what the shared parser does, and leaves documents under the limit whole', () => {
    expect(sectionLimits.minChars).toBeGreaterThan(sectionLimits.sectionChars)
    const chapter = Array.from({length: 1500}, (_, index) => `## 第 ${index} 节\n\n见 [定义][d${index % 7}] 与 www.example.com/${index}。\n\n- 项\n\n  续\n`).join('\n') + '\n[d0]: /a\n[d3]: /b\n'
    expect(chapter.length).toBeGreaterThan(sectionLimits.minChars)
    expect(sectionStarts(chapter, sectionLimits.sectionChars).length).toBeGreaterThan(0)
    expect(markdownParser.parse(chapter)).toEqual(whole.parse(chapter))
  })

  it('gives the whole parse’s tree for every Markdown file of the repo, every cut made', () => {
    const files = repoMarkdownFiles()
    expect(files.length).toBeGreaterThan(50)
    let bySections = 0
    for (const {text} of files) {
      expectSameTree(text)
      if (parsedBy(text) === 'sections') bySections++
    }
    expect(bySections).toBeGreaterThan(files.length / 2)
  })

  it('gives the whole parse’s tree on generated documents', () => {
    const piece = fc.constantFrom(
      '\n\n# H\n', '\n\n## H2 [x]\n', '\n\n#\n', '\n# tight\n', '\n\n  # indented\n', '\n\n#no space\n',
      '\n\n```\n', '\n\n```js\n', '\n\n~~~\n', '\n```\n', '\n    ```\n', '\n``` a`b\n', '\n````\n',
      '\n\n<!--\n', '\n-->\n', '\n\n<div>\n', '\n</div>\n', '\n\n<script>\n', '\n</script>\n', '\n\n<?php\n', '\n?>\n', '\n\n<![CDATA[\n', '\n]]>\n',
      '\n\n---\n', '\n---\n', '\n+++\n', '\n\n- item', '\n\n1. item', '\n  continued', '\n\n> quote', '\n> quote', '\n\n    indented code',
      '\n\n[x]: /u\n', '\n\n[X ]: /v "t"\n', '\n\n- [y]: /w\n', '\n\n> [z]:\n> /q\n', '\n\n[^n]: note\n', '\n\n[^n]:\n    more\n',
      '[x]', '[y][]', '[t][z]', '[^n]', '[^m]', '[x]:', '![x]', '[a][x]: not a definition', '[link](/u)', '[x](',
      '| a | b |\n| - | - |\n| c | d |', 'text', ' ', '\t', '\n', '\n\n', '中文', '*em*', '`code`', 'www.e.com', 'a@b.c',
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
        expectSameTree(pieces.join(''))
      }),
      {numRuns: 1500},
    )
  })
})
