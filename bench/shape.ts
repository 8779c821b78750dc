/**
 * The shape of a doc set: what share of its bytes are code blocks, tables,
 * lists, links, inline code, emphasis, HTML, headings and front matter; how
 * much is CJK; line lengths and file sizes. `bench/calibrate.ts` prints it for
 * real documentation and for the generated corpus, so the generator is tuned
 * on statistics, never on anyone's text.
 */
import fs from 'node:fs'
import {markdownParser} from '@moby-anatomy/markdown-helpers'
import {markdownFiles} from './files.ts'

/** Block kinds measured by the bytes of their outermost node. */
const blockKinds = ['yaml', 'code', 'table', 'list', 'heading', 'html', 'blockquote', 'paragraph'] as const
/** Inline kinds: bytes of their outermost node (links include images and references) and count. */
const inlineKinds = ['link', 'inlineCode', 'emphasis', 'html'] as const
type BlockKind = (typeof blockKinds)[number]
type InlineKind = (typeof inlineKinds)[number]

export interface Shape {
  readonly files: number
  readonly megabytes: number
  /** Median and largest file, in KB. */
  readonly medianFileKB: number
  readonly largestFileKB: number
  /** Share of all bytes inside each block kind (outermost node; `yaml` is front matter, TOML included). */
  readonly blockShare: Readonly<Record<BlockKind, number>>
  /** Share of all bytes inside each inline kind (`html` is inline HTML). */
  readonly inlineShare: Readonly<Record<InlineKind, number>>
  /** Occurrences per KB of each inline kind. */
  readonly inlinePerKB: Readonly<Record<InlineKind, number>>
  /** Share of bytes that are CJK characters and punctuation. */
  readonly cjkShare: number
  /** Mean characters of a non-empty line, and share of lines over 120 characters. */
  readonly meanLineChars: number
  readonly longLineShare: number
  /** Share of files that are mostly CJK (over 20 % of bytes). */
  readonly cjkFileShare: number
}

/** The little of an mdast node this module reads (so it needs no type package of its own). */
interface Nodes {
  readonly type: string
  readonly position?: {readonly start: {readonly offset?: number | undefined}; readonly end: {readonly offset?: number | undefined}} | undefined
  readonly children?: readonly Nodes[]
}

const cjkCharacter = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu

const inlineKindOf = (node: Nodes): InlineKind | undefined => {
  if (node.type === 'link' || node.type === 'linkReference' || node.type === 'image' || node.type === 'imageReference') return 'link'
  if (node.type === 'inlineCode') return 'inlineCode'
  if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') return 'emphasis'
  if (node.type === 'html') return 'html'
  return undefined
}

const span = (node: Nodes): number => (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0)

/** Measure the shape of the Markdown files under `folder`. */
export function measureShape(folder: string): Shape {
  const files = markdownFiles(folder)
  const block = Object.fromEntries(blockKinds.map((kind) => [kind, 0])) as Record<BlockKind, number>
  const inline = Object.fromEntries(inlineKinds.map((kind) => [kind, 0])) as Record<InlineKind, number>
  const inlineCount = Object.fromEntries(inlineKinds.map((kind) => [kind, 0])) as Record<InlineKind, number>
  const sizes: number[] = []
  let bytes = 0
  let cjkBytes = 0
  let cjkFiles = 0
  let lines = 0
  let lineChars = 0
  let longLines = 0
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8')
    const size = Buffer.byteLength(text)
    sizes.push(size)
    bytes += size
    // Offsets are in UTF-16 units; scale node spans to bytes by the file's bytes per unit.
    const scale = text.length === 0 ? 1 : size / text.length
    let fileCjk = 0
    for (const match of text.matchAll(cjkCharacter)) fileCjk += Buffer.byteLength(match[0])
    cjkBytes += fileCjk
    if (fileCjk > size * 0.2) cjkFiles++
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue
      lines++
      lineChars += line.length
      if (line.length > 120) longLines++
    }
    const tree: Nodes = markdownParser.parse(text)
    const walk = (node: Nodes, inBlock: boolean, inInline: boolean, phrasing: boolean) => {
      let blockHere = inBlock
      let inlineHere = inInline
      const blockKind = node.type === 'toml' ? 'yaml' : node.type
      if (!phrasing && !inBlock && (blockKinds as readonly string[]).includes(blockKind)) {
        block[blockKind as BlockKind] += span(node) * scale
        blockHere = true
      }
      const kind = phrasing ? inlineKindOf(node) : undefined
      if (kind) {
        inlineCount[kind]++
        if (!inInline) inline[kind] += span(node) * scale
        inlineHere = true
      }
      const childPhrasing = phrasing || node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell'
      for (const child of node.children ?? []) walk(child, blockHere, inlineHere, childPhrasing)
    }
    walk(tree, false, false, false)
  }
  const share = (value: number) => round(value / Math.max(bytes, 1), 4)
  const sorted = sizes.toSorted((a, b) => a - b)
  return {
    files: files.length,
    megabytes: round(bytes / 1e6, 2),
    medianFileKB: round((sorted[Math.floor(sorted.length / 2)] ?? 0) / 1000, 1),
    largestFileKB: round((sorted.at(-1) ?? 0) / 1000, 1),
    blockShare: mapValues(block, share),
    inlineShare: mapValues(inline, share),
    inlinePerKB: mapValues(inlineCount, (count) => round(count / Math.max(bytes / 1000, 1e-9), 2)),
    cjkShare: share(cjkBytes),
    meanLineChars: round(lineChars / Math.max(lines, 1), 1),
    longLineShare: round(longLines / Math.max(lines, 1), 4),
    cjkFileShare: round(cjkFiles / Math.max(files.length, 1), 3),
  }
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits))
}

function mapValues<K extends string>(record: Record<K, number>, map: (value: number) => number): Record<K, number> {
  return Object.fromEntries(Object.entries<number>(record).map(([key, value]) => [key, map(value)])) as Record<K, number>
}

/** The shape as flat `name → number` rows, for tables. */
export function shapeRows(shape: Shape): [string, number][] {
  return [
    ['files', shape.files],
    ['MB', shape.megabytes],
    ['median file (KB)', shape.medianFileKB],
    ['largest file (KB)', shape.largestFileKB],
    ...blockKinds.map((kind): [string, number] => [`bytes in ${kind === 'yaml' ? 'front matter' : kind === 'html' ? 'HTML blocks' : `${kind}s`}`, shape.blockShare[kind]]),
    ...inlineKinds.map((kind): [string, number] => [`bytes in ${kind === 'html' ? 'inline HTML' : kind === 'link' ? 'links/images' : kind}`, shape.inlineShare[kind]]),
    ...inlineKinds.map((kind): [string, number] => [`${kind === 'html' ? 'inline HTML' : kind === 'link' ? 'links/images' : kind} per KB`, shape.inlinePerKB[kind]]),
    ['CJK share of bytes', shape.cjkShare],
    ['files mostly CJK', shape.cjkFileShare],
    ['mean line (chars)', shape.meanLineChars],
    ['lines over 120 chars', shape.longLineShare],
  ]
}
