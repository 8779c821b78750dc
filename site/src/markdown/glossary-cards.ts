/**
 * Glossary cards: the first use of each glossary term on a page (outside
 * headings, links and code) becomes a focusable `<span>` holding a card with
 * the term, its English name and its description, shown on hover and on
 * keyboard focus by CSS alone (no JavaScript on the page). Longer terms win
 * (`镜像层` before `镜像`); aliases count as a use of their term.
 */
import type {GlossaryEntry} from '@moby-anatomy/glossary'
import type {MarkdownRenderer} from 'vitepress'
import {escapeHtml, visitInlineChildren, type StateCore} from './tokens.ts'

/** The class of a card, so search indexing can drop the cards' text. */
export const glossaryCardClass = 'glossary-card'

export function glossaryCards(md: MarkdownRenderer, glossary: readonly GlossaryEntry[]): void {
  const entries = new Map<string, GlossaryEntry>()
  for (const entry of glossary) for (const spelling of [entry.term, ...(entry.aliases ?? [])]) entries.set(spelling, entry)
  const spellings = [...entries.keys()].sort((a, b) => b.length - a.length)
  if (spellings.length === 0) return
  const pattern = new RegExp(spellings.map(spellingPattern).join('|'), 'gu')

  md.core.ruler.push('glossary-cards', (state: StateCore) => {
    const env = state.env as {glossaryCardsSeen?: Set<string>; glossaryCardCount?: number}
    const seen = (env.glossaryCardsSeen ??= new Set())
    visitInlineChildren(state, (children, index) => {
      const child = children[index]!
      if (child.type !== 'text') return
      pattern.lastIndex = 0
      for (let match = pattern.exec(child.content); match; match = pattern.exec(child.content)) {
        const entry = entries.get(match[0])!
        if (seen.has(entry.term)) continue
        seen.add(entry.term)
        const id = `glossary-${(env.glossaryCardCount = (env.glossaryCardCount ?? 0) + 1)}`
        const before = new state.Token('text', '', 0)
        before.content = child.content.slice(0, match.index)
        const card = new state.Token('html_inline', '', 0)
        card.content = cardHtml(entry, match[0], id)
        const after = new state.Token('text', '', 0)
        after.content = child.content.slice(match.index + match[0].length)
        children.splice(index, 1, before, card, after)
        // Go on with the rest of the text: it may hold the first use of another term.
        return index + 1
      }
    })
  })
}

/**
 * A spelling as a pattern: Latin ends must not touch other Latin letters, digits, `-` or `_`,
 * so `containerd` is not found inside `containerd-shim`; Chinese has no word boundaries to
 * respect.
 */
function spellingPattern(spelling: string): string {
  const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const before = /^[A-Za-z0-9]/.test(spelling) ? '(?<![A-Za-z0-9_-])' : ''
  const after = /[A-Za-z0-9]$/.test(spelling) ? '(?![A-Za-z0-9_-])' : ''
  return `${before}${escaped}${after}`
}

/** The markup of one term and its card. */
function cardHtml(entry: GlossaryEntry, spelling: string, id: string): string {
  return (
    `<span class="glossary-term" tabindex="0" aria-describedby="${id}">${escapeHtml(spelling)}` +
    `<span class="${glossaryCardClass}" role="tooltip" id="${id}">` +
    `<span class="glossary-card-title">${escapeHtml(entry.term)} <span lang="en">${escapeHtml(entry.english)}</span></span>` +
    `<span class="glossary-card-description">${escapeHtml(entry.description)}</span>` +
    `</span></span>`
  )
}
