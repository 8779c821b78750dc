/**
 * `pnpm fix` for navigation tables: rebuild the number, link and title cells
 * and the row order from the chapter files. Summary and difficulty cells keep
 * their source bytes and stay with the chapter file the row links to exactly;
 * a row whose link names no chapter file (a deleted or misspelt one, no link)
 * stays as written, for lint to report. Nothing outside the table body changes.
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
import {chapterTitle, escapedInTitle, resolveTarget, type ChapterFolder} from './targets.ts'
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
      const title = linkText(chapterTitle(chapter, place), escapedInTitle(chapter, place))
      const summary = index === undefined ? '' : cellSource(text, table, index, 2)
      const difficulty = index === undefined ? '' : cellSource(text, table, index, 3)
      return `| **${chapter.number}** | [${title}](${linkDestination(chapter.name)}) | ${summary} | ${difficulty} |`
    })
    // Rows that match no chapter stay as written, after the generated ones.
    return [...rows, ...leftovers.map((row) => sliceSource(text, row.node.position) ?? '')]
  })
}

/**
 * The chapter a row stands for: only the chapter file its link names exactly.
 * A close name or a matching number is no proof (the summary of a deleted
 * `05-调试.md` must not move to `06-调优.md`); such rows stay as written.
 */
function matchRow(row: Row, place: ChapterFolder): ChapterFile | undefined {
  const link = firstLink(row.cells[1]?.node)
  if (!link) return undefined
  const target = resolveTarget(link.url, place)
  if (target.ok) return target.chapter
  // A chapter file that exists but cannot be read (not UTF-8, a link out of the doc set) is still named exactly.
  return place.chapters.find((chapter) => chapter.name === target.named?.name)
}

/** The first link in a node. */
function firstLink(node: Nodes | undefined): Link | undefined {
  let found: Link | undefined
  if (node) visitParents(node, 'link', (link) => void (found ??= link))
  return found
}

/**
 * Link text that reads back as `text`: every character that could open
 * Markdown syntax is backslash-escaped (`\|` also keeps the table cell whole).
 */
function linkText(text: string, alsoEscaped: ReadonlySet<string>): string {
  return text.replaceAll(/[!-/:-@[-`{-~]/g, (character) => (/[\\`*_[\]<>&~|]/.test(character) || alsoEscaped.has(character) ? `\\${character}` : character))
}

/**
 * A link destination that resolves back to the file `name`: characters that
 * end or change a destination (space, parentheses, `<>`, `\\`, `|`, and `#`,
 * `?`, `%`, which start a fragment, a query or an escape) are percent-encoded;
 * other characters, CJK included, stay readable.
 */
function linkDestination(name: string): string {
  return name.replaceAll(/[\s\p{Cc}%#?()<>\\|[\]"'`]/gu, (character) =>
    [...Buffer.from(character, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  )
}
