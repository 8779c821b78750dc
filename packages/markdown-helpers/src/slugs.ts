/**
 * Heading anchors as GitHub makes them: `github-slugger` over the text a reader
 * sees (no HTML, no image alt), one slugger per document so duplicates get
 * `-1`, `-2`, as remark-validate-links does.
 */
import type {Heading, Root} from 'mdast'
import GithubSlugger from 'github-slugger'
import {plainText} from './tables.ts'

/** A heading with its GitHub anchor (without `#`). */
export interface SluggedHeading {
  readonly node: Heading
  readonly depth: Heading['depth']
  readonly text: string
  readonly slug: string
}

/** Every heading of `tree` in document order, with its GitHub anchor. */
export function headingSlugs(tree: Root): SluggedHeading[] {
  const slugger = new GithubSlugger()
  const headings: SluggedHeading[] = []
  const stack: Root['children'][number][] = [...tree.children].reverse()
  // Headings are block nodes: only containers (blockquotes, lists, footnotes) need descending.
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) continue
    if (node.type === 'heading') {
      const text = plainText(node)
      headings.push({node, depth: node.depth, text, slug: slugger.slug(text)})
    } else if ('children' in node && node.type !== 'paragraph' && node.type !== 'table') {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Root['children'][number])
    }
  }
  return headings
}
