/**
 * Find GFM tables by their header cells and read them as rows of plain-text
 * cells, keeping the nodes so messages can point at the exact cell.
 */
import type {Nodes, Parents, Root, Table, TableCell, TableRow} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Position} from 'unist'
import {indexTree} from './tree-index.ts'

/** A cell: its node and its text content, trimmed. */
export interface Cell {
  readonly node: TableCell
  readonly text: string
}

/** A body row of a matched table. */
export interface Row {
  readonly node: TableRow
  readonly cells: readonly Cell[]
}

/** A table whose header matched. */
export interface MatchedTable {
  readonly node: Table
  readonly ancestors: readonly Parents[]
  readonly rows: readonly Row[]
}

/**
 * Where a message about a cell should point: its content, without the pipe
 * and padding mdast includes in the cell's own position.
 */
export function cellPlace(cell: TableCell): Position | undefined {
  const first = cell.children[0]?.position
  const last = cell.children.at(-1)?.position
  if (first && last) return {start: first.start, end: last.end}
  return cell.position
}

/** Plain text of a node as a reader sees it (no HTML, no image alt). */
export function plainText(node: Nodes): string {
  return toString(node, {includeHtml: false, includeImageAlt: false}).trim()
}

/** Every table in `tree` whose header cells equal `header`, in document order. */
export function findTables(tree: Root, header: readonly string[]): MatchedTable[] {
  const found: MatchedTable[] = []
  for (const {node, ancestors} of indexTree(tree).ofType('table')) {
    const [head, ...body] = node.children
    if (!head || !sameCells(head, header)) continue
    found.push({
      node,
      ancestors,
      rows: body.map((row) => ({
        node: row,
        cells: row.children.map((cell) => ({node: cell, text: plainText(cell)})),
      })),
    })
  }
  return found
}

/** Whether a header row holds exactly these cell texts. */
function sameCells(row: TableRow, header: readonly string[]): boolean {
  return (
    row.children.length === header.length &&
    row.children.every((cell, index) => plainText(cell) === header[index])
  )
}
