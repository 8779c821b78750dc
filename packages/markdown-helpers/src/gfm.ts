/**
 * remark-gfm, with its one costly tree pass made cheap.
 *
 * After parsing, remark-gfm finds literal autolinks (`www.example.com`,
 * `https://…`, `a@b.org`, `mailto:`, `xmpp:`) in text with
 * `mdast-util-find-and-replace`: four regular expressions, each in a
 * `unist-util-visit-parents` walk of the whole tree that allocates a closure
 * and a copy of the ancestors for every node. On documentation that is about
 * a tenth of what linting a file costs, though few text nodes can hold a
 * literal at all: every one of them contains `@`, `http://`, `https://` or
 * `www.` (ASCII case ignored).
 *
 * `remarkGfmOneWalk` is remark-gfm with that pass replaced: one plain walk
 * collects the text nodes outside links that contain one of those strings,
 * and remark-gfm's own transform runs on each of them alone. Its handlers
 * read only the text node's value, and the pieces a pattern leaves are
 * substrings of that value, so the tree is the same as remark-gfm's; the
 * differential test (`gfm.test.ts`) compares them on every Markdown file of
 * the repo and on generated documents.
 */
import type {Nodes, Parents, Root, Text} from 'mdast'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import remarkGfm, {type Options} from 'remark-gfm'
import type {Data, Processor} from 'unified'
import {forEachNode} from './tree-index.ts'

type Transform = (tree: Root) => Root | undefined | void

/** remark-gfm's autolink-literal transform (the same function in every extension object it makes). */
const stockTransform = gfmAutolinkLiteralFromMarkdown().transforms?.[0] as Transform | undefined

/** A text node that can hold a literal autolink contains one of these; other text nodes are left alone. */
const mayHoldLiteral = /@|https?:\/\/|www\./i

/** The text nodes of `tree` outside `link` and `linkReference` (where remark-gfm does not look) that may hold a literal. */
function candidates(tree: Root): [Parents, Text][] {
  const found: [Parents, Text][] = []
  forEachNode(tree, (node, parent) => {
    if (node.type === 'text') {
      if (parent && mayHoldLiteral.test(node.value)) found.push([parent, node])
    } else if (node.type === 'link' || node.type === 'linkReference') return false
  })
  return found
}

/** remark-gfm's autolink literals, found in one walk (see the module comment). */
function autolinkLiteralsInOneWalk(transform: Transform): Transform {
  return function autolinkLiterals(tree) {
    for (const [parent, text] of candidates(tree)) {
      // The transform on the text node alone: the type of its stand-in parent is never looked at.
      const alone = {type: 'root', children: [text]} satisfies Root
      transform(alone)
      if (alone.children.length === 1 && alone.children[0] === text) continue
      const children = parent.children as Nodes[]
      children.splice(children.indexOf(text), 1, ...alone.children)
    }
  }
}

const oneWalk = stockTransform && autolinkLiteralsInOneWalk(stockTransform)

/**
 * remark-gfm (same options, same trees), finding literal autolinks in one walk.
 * Should the mdast-util-gfm-autolink-literal that remark-gfm loaded not be
 * this package's (two versions installed), remark-gfm is left as it is:
 * correct, only slower; a test checks the swap happens in this repo.
 */
export function remarkGfmOneWalk(this: Processor, options?: Options | null): undefined {
  remarkGfm.call(this, options)
  const data = this.data()
  if (!stockTransform || !oneWalk || !data.fromMarkdownExtensions) return
  const swap = (extension: unknown): unknown => {
    if (Array.isArray(extension)) return extension.map(swap)
    const transforms = (extension as {transforms?: Transform[]}).transforms
    if (!transforms?.includes(stockTransform)) return extension
    return {...(extension as object), transforms: transforms.map((transform) => (transform === stockTransform ? oneWalk : transform))}
  }
  data.fromMarkdownExtensions = data.fromMarkdownExtensions.map(swap) as typeof data.fromMarkdownExtensions
}

/** Whether `processor` finds literal autolinks in one walk (for tests: false means two versions are installed). */
export function findsLiteralsInOneWalk(processor: {data(): Data}): boolean {
  const transforms = ((processor.data().fromMarkdownExtensions ?? []).flat(Infinity) as {transforms?: Transform[]}[]).flatMap((extension) => extension.transforms ?? [])
  return oneWalk !== undefined && transforms.includes(oneWalk) && !transforms.includes(stockTransform as Transform)
}
