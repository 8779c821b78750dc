/** markdown-it types, taken from VitePress's renderer so the site needs no second copy of them. */
import type {MarkdownRenderer} from 'vitepress'

export type CoreRule = Parameters<MarkdownRenderer['core']['ruler']['push']>[1]
export type StateCore = Parameters<CoreRule>[0]
export type Token = StateCore['tokens'][number]

/** Escape text for an HTML attribute or element of a page (braces too: pages are Vue templates). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'{}]/g, (character) => `&#${character.charCodeAt(0)};`)
}

/**
 * Call `visit` on every inline child outside links and headings, with the
 * children array and index, so a rule can splice in new tokens. Children
 * after the index are visited after a splice.
 */
export function visitInlineChildren(state: StateCore, visit: (children: Token[], index: number) => number | void): void {
  let inHeading = false
  for (const token of state.tokens) {
    if (token.type === 'heading_open') inHeading = true
    else if (token.type === 'heading_close') inHeading = false
    if (token.type !== 'inline' || inHeading || !token.children) continue
    const children = token.children
    let linkDepth = 0
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.type === 'link_open') linkDepth++
      else if (child.type === 'link_close') linkDepth--
      else if (linkDepth === 0) {
        const next = visit(children, index)
        if (typeof next === 'number') index = next
      }
    }
  }
}
