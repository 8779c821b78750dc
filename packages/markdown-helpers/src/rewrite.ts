/**
 * Replace the body rows of tables in a document, keeping every other byte:
 * the header and delimiter lines as written, the line prefix of tables in
 * blockquotes or lists, CRLF line endings and a byte order mark.
 */
import {rawOffset} from './source.ts'
import type {MatchedTable} from './tables.ts'

/**
 * New text where each table's body is `rowsFor(table)`; `text` must be the
 * BOM-less text the tables were parsed from, `rawText` the file as read.
 */
export function replaceTableBodies(
  rawText: string,
  text: string,
  tables: readonly MatchedTable[],
  rowsFor: (table: MatchedTable) => readonly string[],
): string {
  let result = rawText
  // Last table first, so earlier offsets stay valid.
  for (const table of tables.toReversed()) {
    const start = table.node.position?.start.offset
    const end = table.node.position?.end.offset
    if (start === undefined || end === undefined) continue
    const source = text.slice(start, end)
    const eol = source.includes('\r\n') ? '\r\n' : '\n'
    const lines = source.split(/\r?\n/)
    const prefix = /^[^|:-]*/.exec(lines[1] ?? '')?.[0] ?? ''
    const rebuilt = [lines.slice(0, 2).join(eol), ...rowsFor(table)].join(eol + prefix)
    result = result.slice(0, rawOffset(rawText, start)) + rebuilt + result.slice(rawOffset(rawText, end))
  }
  return result
}

/** The source of a body row's cell content, without its pipes and padding. */
export function cellSource(text: string, table: MatchedTable, rowIndex: number, cellIndex: number): string {
  const cell = table.rows[rowIndex]?.cells[cellIndex]?.node
  const first = cell?.children[0]?.position
  const last = cell?.children.at(-1)?.position
  if (!first || !last) return ''
  return text.slice(first.start.offset, last.end.offset)
}
