/**
 * `pnpm fix` for navigation tables: rebuild the number, link and title cells
 * and the row order from the chapter files. Summary and difficulty cells keep
 * their source bytes; nothing outside the table body changes.
 */
import path from 'node:path'
import {
  defaultChapterPattern,
  documentText,
  findTables,
  listChapters,
  parseMarkdown,
  rawOffset,
  sliceSource,
  toPattern,
  type ChapterFile,
  type Row,
} from '@moby-anatomy/doc-set'
import type {Link, Nodes} from 'mdast'
import {visitParents} from 'unist-util-visit-parents'
import {chapterTitle, resolveTarget, suggest} from './targets.ts'
import {defaultHeader, defaultTitlePrefix, type Options} from './rule.ts'

/** Rewrite every navigation table in `rawText` (the file at `filePath`); returns the new text. */
export function fixNavigationTables(rawText: string, filePath: string, options: Options = {}): string {
  const header = options.header ?? defaultHeader
  const titlePrefix = options.titlePrefix ?? defaultTitlePrefix
  const pattern = toPattern(options.chapterPattern, defaultChapterPattern)
  const folder = path.dirname(path.resolve(filePath))
  const chapters = listChapters(folder, pattern)
  const text = documentText(rawText)
  const tables = findTables(parseMarkdown(text), header)
  let result = rawText
  // Last table first, so earlier offsets stay valid.
  for (const table of tables.toReversed()) {
    const start = table.node.position?.start.offset
    const end = table.node.position?.end.offset
    if (start === undefined || end === undefined) continue
    const source = text.slice(start, end)
    const eol = source.includes('\r\n') ? '\r\n' : '\n'
    const lines = source.split(/\r?\n/)
    const delimiterLine = lines[1] ?? ''
    const prefix = /^[^|:-]*/.exec(delimiterLine)?.[0] ?? ''
    const head = lines.slice(0, 2).join(eol)

    const claimed = new Map<string, Row>()
    const leftovers: Row[] = []
    for (const row of table.rows) {
      const chapter = matchRow(row, {folder, titlePrefix, pattern, chapters, tableFile: path.basename(filePath)})
      if (chapter && !claimed.has(chapter.name)) claimed.set(chapter.name, row)
      else leftovers.push(row)
    }
    const body = chapters.map((chapter) => {
      const row = claimed.get(chapter.name)
      const title = escapeCell(chapterTitle(chapter, folder, titlePrefix))
      const summary = row ? cellSource(row, 2, text) : ''
      const difficulty = row ? cellSource(row, 3, text) : ''
      return `| **${chapter.number}** | [${title}](${linkDestination(chapter.name)}) | ${summary} | ${difficulty} |`
    })
    for (const row of leftovers) body.push(sliceSource(text, row.node.position) ?? '')
    const rebuilt = [head, ...body].join(eol + prefix)
    result = result.slice(0, rawOffset(rawText, start)) + rebuilt + result.slice(rawOffset(rawText, end))
  }
  return result
}

/** Which chapter a row stands for: its link target, a close name, or its number. */
function matchRow(row: Row, settings: Parameters<typeof resolveTarget>[1]): ChapterFile | undefined {
  const link = firstLink(row.cells[1]?.node)
  if (link) {
    const target = resolveTarget(link.url, settings)
    if (target.ok) return target.chapter
    if (target.suggestion) return target.suggestion
    const byName = suggest(link.url, settings.chapters, settings.pattern)
    if (byName) return byName
  }
  const number = row.cells[0]?.text
  return settings.chapters.find((chapter) => chapter.number === number)
}

/** The source of a cell's content, without its pipes and padding. */
function cellSource(row: Row, index: number, text: string): string {
  const cell = row.cells[index]?.node
  const first = cell?.children[0]
  const last = cell?.children.at(-1)
  if (!first?.position || !last?.position) return ''
  return text.slice(first.position.start.offset, last.position.end.offset)
}

/** The first link in a node. */
function firstLink(node: Nodes | undefined): Link | undefined {
  let found: Link | undefined
  if (node) visitParents(node, 'link', (link) => void (found ??= link))
  return found
}

/** A link destination for a file name; angle brackets when it holds spaces or parentheses. */
function linkDestination(name: string): string {
  return /[\s()<>]/.test(name) ? `<${name}>` : name
}

/** Escape pipes so a title cannot split a cell. */
function escapeCell(value: string): string {
  return value.replaceAll('|', '\\|')
}

