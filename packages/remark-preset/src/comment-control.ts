/**
 * remark-lint's comment control (`<!--lint disable …-->`, `<!--lint enable …-->`,
 * `<!--lint ignore …-->`), cheaper on the files that have no such comment.
 *
 * remark-lint appends `remark-message-control` to the end of the plugin
 * list, which runs `unified-message-control` after every rule: two
 * `unist-util-visit` walks of the whole tree (one looking for comments, one
 * finding "gaps", stretches of the source no positioned node covers, such as
 * around the position-less links remark-gfm makes of literal autolinks and
 * after the last node), then a filter of the file's messages. On
 * documentation that is about 7 % of linting a file, though most files hold
 * no `lint` comment at all.
 *
 * `remarkLintCommentControl` attaches the same way and makes one plain walk
 * that finds the gaps exactly as `unified-message-control` does (same order,
 * same rule) and notes whether any node is a `lint` comment (as
 * `mdast-comment-marker` reads it, the test that library applies). If one
 * is, it hands the file to `unified-message-control` with remark-lint's
 * options, unchanged. If none is, no comment can switch a rule, so what that
 * library would do reduces to: give a message of remark-lint line and column
 * 1 where they are missing, and drop it when it falls in a gap. The
 * differential test (`comment-control.test.ts`) compares both on every
 * Markdown file of the repo and on generated documents.
 */
import {commentMarker} from 'mdast-comment-marker'
import {forEachNode} from '@moby-anatomy/markdown-helpers'
import type {Root} from 'mdast'
import type {Processor} from 'unified'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/** remark-lint's options of message control. */
const name = 'lint'
const source = 'remark-lint'
/** The node types remark-message-control reads comments from (HTML, MDX 1 comments, MDX 2 expressions). */
const commentTypes: ReadonlySet<string> = new Set(['comment', 'html', 'mdxFlowExpression', 'mdxTextExpression'])

/** Offsets `[start, end)` no positioned node covers, as `unified-message-control` finds them. */
type Gap = readonly [number, number]

/** One preorder walk: the gaps, and whether any node is a `<!--lint …-->` comment. */
function walk(tree: Root): {gaps: Gap[]; hasControlComment: boolean} {
  const end = tree.position?.end.offset
  const gaps: Gap[] = []
  let offset = 0
  let gap = false
  let hasControlComment = false
  const update = (latest: number | undefined) => {
    if (latest === undefined || latest === null) gap = true
    else if (offset < latest) {
      if (gap) {
        gaps.push([offset, latest])
        gap = false
      }
      offset = latest
    }
  }
  forEachNode(tree, (node) => {
    if (!hasControlComment && commentTypes.has(node.type) && commentMarker(node)?.name === name) hasControlComment = true
    update(node.position?.start.offset)
    if (!('children' in node)) update(node.position?.end.offset)
  })
  if (typeof end === 'number' && offset !== end) {
    update(undefined)
    update(end)
  }
  return {gaps, hasControlComment}
}

function control(tree: Root, file: VFile): undefined {
  const {gaps, hasControlComment} = walk(tree)
  if (hasControlComment) {
    messageControl(tree, {file, marker: commentMarker, name, source, test: [...commentTypes]})
    return
  }
  let toOffset: ReturnType<typeof location>['toOffset'] | undefined
  file.messages = file.messages.filter((message) => {
    if (message.source !== source) return true
    if (!message.line) message.line = 1
    if (!message.column) message.column = 1
    if (gaps.length === 0) return true
    toOffset ??= location(file).toOffset
    const at = toOffset({line: message.line, column: message.column})
    return at === undefined || !gaps.some(([start, stop]) => start <= at && stop > at)
  })
}

function commentControl() {
  return control
}

/** Attach comment control after every plugin used so far and later (as remark-lint does: a plugin used while attaching comes last). */
export function remarkLintCommentControl(this: Processor): undefined {
  this.use(commentControl)
}
