/** Glossary cards on a rendered page: first use only, longest spelling first, Latin words whole. */
import MarkdownIt from 'markdown-it'
import type {MarkdownRenderer} from 'vitepress'
import {describe, expect, it} from 'vitest'
import type {GlossaryEntry} from '@moby-anatomy/glossary'
import {glossaryCards} from './glossary-cards.ts'

const glossary: GlossaryEntry[] = [
  {term: '镜像', english: 'Image', description: '只读模板', related: []},
  {term: '镜像层', english: 'Layer', description: '一层差异', related: []},
  {term: 'containerd', english: 'containerd', description: '容器运行时守护进程', related: []},
]

/** Render with markdown-it (the renderer VitePress bundles) and the plugin. */
async function render(markdown: string): Promise<string> {
  const md = new MarkdownIt()
  glossaryCards(md as unknown as MarkdownRenderer, glossary)
  return md.render(markdown, {})
}

/** The terms that got a card, in order. */
const carded = (html: string) => [...html.matchAll(/<span class="glossary-term"[^>]*>([^<]+)</g)].map((match) => match[1])

describe('glossary cards', () => {
  it('mark the first use of each term only, the longest spelling first', async () => {
    expect(carded(await render('镜像层叠在镜像上，镜像又可以共享镜像层。'))).toEqual(['镜像层', '镜像'])
  })

  it('skip headings, links and code', async () => {
    expect(carded(await render('# 镜像\n\n[镜像](x.md) `镜像` 然后是镜像。'))).toEqual(['镜像'])
  })

  it('find a Latin term only as a whole word', async () => {
    expect(carded(await render('先看 containerd-shim，再看 containerd 本身。'))).toEqual(['containerd'])
    expect(await render('先看 containerd-shim，再看 containerd 本身。')).toContain('containerd-shim，再看 <span class="glossary-term"')
  })

  it('carry the English name and description in a tooltip reachable by keyboard', async () => {
    const html = await render('镜像。')
    expect(html).toMatch(/<span class="glossary-term" tabindex="0" aria-describedby="glossary-1">镜像<span class="glossary-card" role="tooltip" id="glossary-1">/)
    expect(html).toContain('Image')
    expect(html).toContain('只读模板')
  })
})
