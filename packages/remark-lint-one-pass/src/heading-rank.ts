/**
 * Heading ranks as the stock heading rules infer them: Markdown headings,
 * MDX JSX elements named `h1`…`h6`, and (for some rules) HTML with `<h1`…`<h6`.
 */
import type {Heading, Nodes} from 'mdast'
import type {} from 'mdast-util-mdx-jsx'

const htmlHeading = /<h([1-6])/
const jsxHeadingName = /^h([1-6])$/

/** The node types that can carry a rank when HTML counts. */
export const rankedTypes = ['heading', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement'] as const

/** The node types that can carry a rank when HTML does not count. */
export const rankedTypesWithoutHtml = ['heading', 'mdxJsxFlowElement', 'mdxJsxTextElement'] as const

/** The rank of a heading, of HTML that opens one (when `html`), or of a JSX `h1`…`h6`. */
export function headingRank(node: Nodes, html: boolean): Heading['depth'] | undefined {
  if (node.type === 'heading') return node.depth
  if (node.type === 'html') return html ? rankOf(htmlHeading.exec(node.value)) : undefined
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
    return rankOf(jsxHeadingName.exec(node.name))
  }
  return undefined
}

/** Whether `node` is a JSX element named `h1`…`h6`. */
export function isJsxHeading(node: Nodes): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && Boolean(node.name) && jsxHeadingName.test(node.name ?? '')
}

/** The digit a heading pattern captured, as a rank. */
function rankOf(match: RegExpExecArray | null): Heading['depth'] | undefined {
  return match ? (Number(match[1]) as Heading['depth']) : undefined
}
