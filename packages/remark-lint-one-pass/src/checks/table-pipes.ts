/**
 * `remark-lint-table-pipes@5.0.1` as a check: a GFM table row (or alignment
 * row) without a pipe at its start or end. The reasons are the stock rule's,
 * which calls the first pipe of a row its closing one.
 */
import type {Nodes, Parents, Table} from 'mdast'
import {phrasing} from 'mdast-util-phrasing'
import type {Point} from 'unist'
import {pointEnd, pointStart} from 'unist-util-position'
import type {Check, Report} from '../check.ts'
import {isPoint, offsetOf} from './position.ts'

const missingStart = 'Unexpected missing closing pipe in row, expected `|`'
const missingEnd = 'Unexpected missing opening pipe in row, expected `|`'

/** The stock rule takes no option. */
export type Option = null | undefined

export const check: Check<Option> = {
  name: 'table-pipes',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-table-pipes#readme',
  types: ['table'],
  start({file, report}) {
    // The source, decoded at the first table (a file without tables needs none).
    let value: string | undefined

    return {
      enter(node, ancestors) {
        // The stock rule walks neither into phrasing nor into tables.
        if (node.type !== 'table' || outsideStockWalk(ancestors)) return
        value ??= String(file)

        for (let index = 0; index < node.children.length; index++) {
          const row = node.children[index]!
          const start = row.position?.start
          const end = row.position?.end
          const startOffset = isPoint(start) ? offsetOf(start) : undefined
          const endOffset = isPoint(end) ? offsetOf(end) : undefined

          if (startOffset !== undefined && !startsWithPipe(value, startOffset)) {
            report(missingStart, {ancestors: [...ancestors, node, row], place: pointStart(row)})
          }

          if (endOffset === undefined) continue
          if (!endsWithPipe(value, endOffset)) {
            report(missingEnd, {ancestors: [...ancestors, node, row], place: pointEnd(row)})
          }
          if (index === 0) checkAlignmentRow(value, endOffset, (end as Point).line, node, ancestors, report)
        }
      },
    }
  },
}

/** Check the alignment row, the line after the first row, which has no node of its own. */
function checkAlignmentRow(
  value: string,
  headEnd: number,
  headLine: number,
  table: Table,
  ancestors: readonly Parents[],
  report: (reason: string, report: Report) => void,
): void {
  let index = headEnd
  if (value.charCodeAt(index) === 13 /* `\r` */) index++
  if (value.charCodeAt(index) !== 10 /* `\n` */) return
  index++
  const lineStart = index

  // The alignment row is the second line, so only `>` and spaces indent it.
  let code = value.charCodeAt(index)
  while (code === 9 /* `\t` */ || code === 32 /* ` ` */ || code === 62 /* `>` */) code = value.charCodeAt(++index)

  if (!startsWithPipe(value, index)) {
    report(missingStart, {ancestors: [...ancestors, table], place: {line: headLine + 1, column: index - lineStart + 1, offset: index}})
  }

  index = value.indexOf('\n', index)
  if (index === -1) index = value.length
  if (value.charCodeAt(index - 1) === 13 /* `\r` */) index--

  if (!endsWithPipe(value, index)) {
    report(missingEnd, {ancestors: [...ancestors, table], place: {line: headLine + 1, column: index - lineStart + 1, offset: index}})
  }
}

/** Whether the source at `index`, after tabs and spaces, is a pipe. */
function startsWithPipe(value: string, index: number): boolean {
  let code = value.charCodeAt(index)
  while (code === 9 /* `\t` */ || code === 32 /* ` ` */) code = value.charCodeAt(++index)
  return code === 124 /* `|` */
}

/** Whether the source before `index`, before tabs and spaces, is a pipe. */
function endsWithPipe(value: string, index: number): boolean {
  let code = value.charCodeAt(index - 1)
  while (code === 9 /* `\t` */ || code === 32 /* ` ` */) code = value.charCodeAt(--index - 1)
  return code === 124 /* `|` */
}

/** Whether the stock walk never reaches a table below these ancestors (inside phrasing or another table). */
function outsideStockWalk(ancestors: readonly Parents[]): boolean {
  for (const ancestor of ancestors) if (ancestor.type === 'table' || phrasing(ancestor as Nodes)) return true
  return false
}
