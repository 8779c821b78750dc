/**
 * `remark-lint-no-consecutive-blank-lines@5.0.1` as a check: more than one
 * blank line between block nodes, or any blank line between a container's
 * edge and its first or last child (a block quote may end in blank `>` lines).
 */
import type {Nodes, Parents} from 'mdast'
import {pointEnd, pointStart} from 'unist-util-position'
import type {Check} from '../check.ts'
import {isPoint} from './position.ts'

/**
 * The node types `mdast-util-phrasing@4.1.0` calls phrasing, as a set: the
 * stock rule neither checks them nor walks into them, and this check asks for
 * every node, so the test must be cheap (`refs.test.ts` holds the set to the
 * library's answer).
 */
export const phrasingTypes: ReadonlySet<string> = new Set([
  'break',
  'delete',
  'emphasis',
  'footnote',
  'footnoteReference',
  'image',
  'imageReference',
  'inlineCode',
  'inlineMath',
  'link',
  'linkReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'strong',
  'text',
  'textDirective',
])

/** The stock rule takes no option. */
export type Option = null | undefined

export const check: Check<Option> = {
  name: 'no-consecutive-blank-lines',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-consecutive-blank-lines#readme',
  // Every node: the stock rule checks block nodes of any type, extensions' included.
  start({report}) {
    // Where the last checked child of a parent at each depth was, so finding a
    // node among its siblings costs one step, not a scan of them all.
    const parentAtDepth: Parents[] = []
    const indexAtDepth: number[] = []

    return {
      enter(node, ancestors) {
        const depth = ancestors.length
        const parent = ancestors[depth - 1]
        if (!parent || phrasingTypes.has(node.type)) return
        for (let level = 1; level < depth; level++) if (phrasingTypes.has(ancestors[level]!.type)) return

        const siblings = parent.children as Nodes[]
        const from = parentAtDepth[depth] === parent ? indexAtDepth[depth]! + 1 : 0
        let index = siblings.indexOf(node, from)
        if (index === -1) index = siblings.indexOf(node)
        parentAtDepth[depth] = parent
        indexAtDepth[depth] = index

        const start = node.position?.start
        const end = node.position?.end
        const parentStart = parent.position?.start
        const parentEnd = parent.position?.end
        // Container directives and JSX (from extensions) have openings and closings of any length.
        const parentType: string = parent.type
        const edgesFree = parentType === 'containerDirective' || parentType === 'mdxJsxFlowElement'

        // The parent's opening and its first child.
        if (index === 0 && !edgesFree && isPoint(parentStart) && isPoint(start)) {
          // A footnote definition's label line may stay empty.
          const difference = start.line - parentStart.line - (parent.type === 'footnoteDefinition' ? 1 : 0)
          if (difference > 0) {
            report(
              'Unexpected `' + difference + '` blank ' + lines(difference) + ' before node, expected `0` blank lines, remove `' +
                difference + '` blank ' + lines(difference),
              {ancestors: [...ancestors, node], place: pointStart(node)},
            )
          }
        }

        // The node and its next sibling: a line ending after the node, and at most one blank line.
        const next = siblings[index + 1]
        const nextStart = next?.position?.start
        if (isPoint(end) && isPoint(nextStart)) {
          const difference = nextStart.line - end.line - 2
          if (difference > 0) {
            const actual = difference + 1
            report(
              'Unexpected `' + actual + '` blank ' + lines(actual) + ' before node, expected up to `1` blank line, remove `' +
                difference + '` blank ' + lines(difference),
              {ancestors: [...ancestors, next!], place: pointStart(next)},
            )
          }
        }

        // The last child and the parent's closing; a block quote may end in blank `>` lines.
        if (!next && isPoint(parentEnd) && isPoint(end) && !edgesFree) {
          const difference = parentEnd.line - end.line - (parent.type === 'blockquote' ? 0 : 1)
          if (difference > 0) {
            report(
              'Unexpected `' + difference + '` blank ' + lines(difference) + ' after node, expected `0` blank lines, remove `' +
                difference + '` blank ' + lines(difference),
              {ancestors: [...ancestors, node], place: pointEnd(node)},
            )
          }
        }
      },
    }
  },
}

/** `pluralize('line', count)` as the stock rule words it. */
function lines(count: number): string {
  return count === 1 ? 'line' : 'lines'
}
