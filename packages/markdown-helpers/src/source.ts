/**
 * Source text access. mdast offsets count from the text after a leading byte
 * order mark (micromark drops it), so every slice goes through here.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'

const byteOrderMark = '\uFEFF'

/** The document text without a leading byte order mark. */
export function documentText(file: VFile | string): string {
  const text = typeof file === 'string' ? file : String(file)
  return text.startsWith(byteOrderMark) ? text.slice(1) : text
}

/** Offset, in the raw text (BOM included), of an mdast offset. */
export function rawOffset(rawText: string, offset: number): number {
  return rawText.startsWith(byteOrderMark) ? offset + 1 : offset
}

/** The source of a node, or `undefined` when it has no usable position. */
export function sliceSource(text: string, position: Position | undefined): string | undefined {
  const start = position?.start.offset
  const end = position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return text.slice(start, end)
}
