/**
 * `pnpm fix` for navigation tables: rebuild the number, link and title cells
 * and the row order from the chapter files. Summary and difficulty cells keep
 * their source bytes; nothing outside the table body changes.
 */
import path from 'node:path'
import {
  cellSource,
  defaultChapterPattern,
  documentText,
  findTables,
  listChapters,
  parseMarkdown,
  replaceTableBodies,
  sliceSource,
  toPattern,
  type ChapterFile,
  type Row,
} from '@moby-anatomy/doc-set'
import type {Link, Nodes} from 'mdast'
import {visitParents} from 'unist-util-visit-parents'
import {chapterTitle, resolveTarget, suggest, type ResolveSettings} from './targets.ts'
import {defaultHeader, defaultTitlePrefix, type Options} from './rule.ts'

/** Rewrite every navigation table in `rawText` (the file at `filePath`); returns the new text. */
export function fixNavigationTables(rawText: string, filePath: string, options: Options = {}): string {
  const titlePrefix = options.titlePrefix ?? defaultTitlePrefix
  const pattern = toPattern(options.chapterPattern, defaultChapterPattern)
  const folder = path.dirname(path.resolve(filePath))
  const chapters = listChapters(folder, pattern)
  const settings: ResolveSettings = {folder, titlePrefix, pattern, chapters, tableFile: path.basename(filePath)}
  const text = documentText(rawText)
  const tables = findTables(parseMarkdown(text), options.header ?? defaultHeader)

  return replaceTableBodies(rawText, text, tables, (table) => {
    const claimed = new Map<string, number>()
    const leftovers: Row[] = []
    table.rows.forEach((row, index) => {
      const chapter = matchRow(row, settings)
      if (chapter && !claimed.has(chapter.name)) claimed.set(chapter.name, index)
      else leftovers.push(row)
    })
    const rows = chapters.map((chapter) => {
      const index = claimed.get(chapter.name)
      const title = chapterTitle(chapter, folder, titlePrefix).replaceAll('|', '\\|')
      const summary = index === undefined ? '' : cellSource(text, table, index, 2)
      const difficulty = index === undefined ? '' : cellSource(text, table, index, 3)
      return `| **${chapter.number}** | [${title}](${linkDestination(chapter.name)}) | ${summary} | ${difficulty} |`
    })
    // Rows that match no chapter stay as written, after the generated ones.
    return [...rows, ...leftovers.map((row) => sliceSource(text, row.node.position) ?? '')]
  })
}

/** Which chapter a row stands for: its link target, a close name, or its number. */
function matchRow(row: Row, settings: ResolveSettings): ChapterFile | undefined {
  const link = firstLink(row.cells[1]?.node)
  if (link) {
    const target = resolveTarget(link.url, settings)
    if (target.ok) return target.chapter
    const byName = target.suggestion ?? target.named ?? suggest(link.url, settings.chapters, settings.pattern)
    if (byName) return byName
  }
  const number = row.cells[0]?.text
  return settings.chapters.find((chapter) => chapter.number === number)
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
