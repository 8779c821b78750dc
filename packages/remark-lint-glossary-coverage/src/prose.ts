/**
 * Prose of a document as the glossary sees it: the text of each paragraph,
 * heading and table cell, read through emphasis and links (so `**容**器` is
 * `容器`), with code, HTML, images and bare URLs (autolinks, whose text is
 * their address) as separators and excluded tables skipped.
 */
import type {Link, Nodes, Root} from 'mdast'
import {visitParents} from 'unist-util-visit-parents'

/** A character no term contains: it keeps terms from matching across code. */
export const separator = '\u0000'

/** Text segments of the prose of `tree`, skipping the nodes in `skipped`. */
export function proseSegments(tree: Root, skipped: ReadonlySet<Nodes>): string[] {
  const segments: string[] = []
  visitParents(tree, (node) => {
    if (skipped.has(node)) return 'skip'
    if (node.type === 'code' || node.type === 'html' || node.type === 'definition') return 'skip'
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      segments.push(phrasingText(node))
      return 'skip'
    }
    return undefined
  })
  return segments
}

/** The text of phrasing content. */
function phrasingText(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return separator
  if (node.type === 'link' && isAutolink(node)) return separator
  if (node.type === 'break') return '\n'
  if ('children' in node) return node.children.map((child) => phrasingText(child)).join('')
  return ''
}

/**
 * Whether a link is a bare address (`<https://…>`, a GFM autolink literal
 * `https://…`, `www.…` or an e-mail address): its text is its URL, not prose.
 */
function isAutolink(node: Link): boolean {
  const [only] = node.children
  if (node.children.length !== 1 || only?.type !== 'text') return false
  const withoutScheme = (value: string) => value.replace(/^(?:[a-z][a-z\d+.-]*:(?:\/\/)?)/i, '')
  return withoutScheme(node.url) === withoutScheme(only.value)
}
