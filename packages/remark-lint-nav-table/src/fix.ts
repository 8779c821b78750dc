/**
 * `pnpm fix` for navigation tables: rebuild the number, link and title cells
 * and the row order from the chapter files. Summary and difficulty cells keep
 * their source bytes; nothing outside the table body changes.
 */
import path from 'node:path'
import {
  cellSource,
  documentText,
  findTables,
  listChapters,
  replaceTableBodies,
  sliceSource,
  type ChapterFile,
  type DocCache,
  type Row,
} from '@moby-anatomy/markdown-helpers'
import type {Link, Nodes} from 'mdast'
import {visitParents} from 'unist-util-visit-parents'
import {chapterTitle, resolveTarget, suggest, type ChapterFolder} from './targets.ts'
import type {Settings} from './rule.ts'

/**
 * Rewrite every navigation table in `rawText` (the file at `filePath`);
 * returns the new text. `settings` come from `remarkLintNavTable.settings(options)`.
 */
export function fixNavigationTables(rawText: string, filePath: string, settings: Settings, docs: DocCache): string {
  const folder = path.dirname(path.resolve(filePath))
  const chapters = listChapters(folder, settings.chapterPattern)
  const place: ChapterFolder = {folder, tableFile: path.basename(filePath), chapters, settings, docs}
  const text = documentText(rawText)
  const tables = findTables(docs.parse(text), settings.header)

  return replaceTableBodies(rawText, text, tables, (table) => {
    const claimed = new Map<string, number>()
    const leftovers: Row[] = []
    table.rows.forEach((row, index) => {
      const chapter = matchRow(row, place)
      if (chapter && !claimed.has(chapter.name)) claimed.set(chapter.name, index)
      else leftovers.push(row)
    })
    const rows = chapters.map((chapter) => {
      const index = claimed.get(chapter.name)
      const title = chapterTitle(chapter, place).replaceAll('|', '\\|')
      const summary = index === undefined ? '' : cellSource(text, table, index, 2)
      const difficulty = index === undefined ? '' : cellSource(text, table, index, 3)
      return `| **${chapter.number}** | [${title}](${linkDestination(chapter.name)}) | ${summary} | ${difficulty} |`
    })
    // Rows that match no chapter stay as written, after the generated ones.
    return [...rows, ...leftovers.map((row) => sliceSource(text, row.node.position) ?? '')]
  })
}

/** Which chapter a row stands for: its link target, a close name, or its number. */
function matchRow(row: Row, place: ChapterFolder): ChapterFile | undefined {
  const link = firstLink(row.cells[1]?.node)
  if (link) {
    const target = resolveTarget(link.url, place)
    if (target.ok) return target.chapter
    const byName = target.suggestion ?? target.named ?? suggest(link.url, place)
    if (byName) return byName
  }
  const number = row.cells[0]?.text
  return place.chapters.find((chapter) => chapter.number === number)
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
