/**
 * `remarkGfmOneWalk` against remark-gfm: the same tree, node for node and
 * position for position, on every Markdown file of the repo and on generated
 * documents full of what literal autolinks are made of.
 */
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {findsLiteralsInOneWalk, remarkGfmOneWalk} from './gfm.ts'
import {markdownParser} from './loader.ts'
import {repoMarkdownFiles} from './repo-markdown.ts'

const stock = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
const oneWalk = unified().use(remarkParse).use(remarkGfmOneWalk).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

function expectSameTree(text: string): void {
  expect(oneWalk.parse(text)).toEqual(stock.parse(text))
}

describe('remarkGfmOneWalk', () => {
  it('replaces remark-gfm’s four-walk transform here and in the shared parser', () => {
    expect(findsLiteralsInOneWalk(oneWalk)).toBe(true)
    expect(findsLiteralsInOneWalk(markdownParser)).toBe(true)
    expect(findsLiteralsInOneWalk(stock)).toBe(false)
  })

  it('still finds literal autolinks, and leaves those in links and code alone', () => {
    const tree = oneWalk.parse('见 www.example.com 或写信给 a@b.org；[www.x.org](y.md) 与 `https://c.d` 不变。\n')
    const links = JSON.stringify(tree).match(/"url":"[^"]*"/g)
    expect(links).toEqual(['"url":"http://www.example.com"', '"url":"mailto:a@b.org"', '"url":"y.md"'])
  })

  it('gives remark-gfm’s tree for every Markdown file of the repo', () => {
    const files = repoMarkdownFiles()
    expect(files.length).toBeGreaterThan(50)
    let withLiterals = 0
    for (const {text} of files) {
      expectSameTree(text)
      if (/@|https?:\/\/|www\./i.test(text)) withLiterals++
    }
    expect(withLiterals).toBeGreaterThan(20)
  })

  it('gives remark-gfm’s tree on generated documents', () => {
    const piece = fc.constantFrom(
      'www.example.com', 'WWW.Example.COM/a_b', 'http://a.b/c)', 'https://x.y/(p)q).', 'HTTPS://EX.ORG?', 'www.a', 'http://x',
      'a@b.org', 'x.y+z@q-r.io.', 'a@b_c.de', 'mailto:m@n.op', 'xmpp:u@v.wx/res', 'xmpp:u@v.wx/r@', '@', 'a@', '@b.c',
      '&#64;', '&commat;', 'www&#46;x.y', '\\*www.e.f\\*', '[www.l.m](u.md)', '[x][www.r.s]', '[www.r.s]', '![www.i.j](i.png)',
      '<https://auto.link>', '`http://in.code`', '**www.s.t**', '*a@b.c*', '~~http://d.e~~', '[^n]', 'www.*x*.com',
      '访问www.example.com或者', '邮件：a@b.cn。', '（https://c.n/路径）', ' ', ' ', '\n', '\n\n', '\n# ', '\n- ', '\n> ', '\n1. ',
      '\n| a | www.t.c |\n| - | - |\n| b@c.d | [http://e.f](g) |\n', '\n[www.r.s]: https://def.in/\n', '\n[^n]: see www.f.n\n',
      '\n```\nhttp://fenced\n```\n', '\n<div>www.h.t</div>\n', 'text', '.', ',', '(', ')', '_', '-', '+',
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
        expectSameTree(pieces.join(''))
      }),
      {numRuns: 500},
    )
  })
})
