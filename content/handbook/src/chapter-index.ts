/**
 * The typed chapter index of the handbook, computed from the Markdown: each
 * chapter's number, title, file, summary and difficulty (from the navigation
 * table in chapter 00), headings with GitHub's anchors, and prose size.
 */
import fs from 'node:fs'
import path from 'node:path'
import {defaultChapterPattern, findTables, firstHeading, headingSlugs, listChapters, parseMarkdown, proseStats} from '@moby-anatomy/markdown-helpers'
import {code} from '@moby-anatomy/rule-kit'
import type {Heading, Root, TableCell} from 'mdast'
import {visitParents} from 'unist-util-visit-parents'

/** A heading of a chapter, with the anchor GitHub gives it. */
export interface ChapterHeading {
  readonly depth: Heading['depth']
  readonly text: string
  /** GitHub's anchor, without `#`: `[link](03-守护进程核心模块.md#<slug>)`. */
  readonly slug: string
}

/** One chapter of the handbook. */
export interface Chapter {
  /** The chapter number, `0` for `00-总体说明.md`. */
  readonly number: number
  /** The title: the H1 after `Moby项目源码剖析 - `. */
  readonly title: string
  /** The file name in the package, such as `00-总体说明.md`. */
  readonly file: string
  /** The 主要内容 cell of the navigation table. */
  readonly summary: string
  /** Difficulty from 1 to 5: the ⭐ of the navigation table. */
  readonly difficulty: 1 | 2 | 3 | 4 | 5
  readonly headings: readonly ChapterHeading[]
  /** Han characters of prose, outside code, tables, HTML and diagrams. */
  readonly proseCharacters: number
}

export const titlePrefix = 'Moby项目源码剖析 - '
export const navigationHeader = ['文档编号', '文档标题', '主要内容', '技术难度'] as const

/** Read every chapter of `folder`; throws naming the file when one cannot be indexed. */
export function chapterIndex(folder: string): Chapter[] {
  const files = listChapters(folder, defaultChapterPattern)
  const trees = new Map(files.map((file) => [file.name, parseMarkdown(fs.readFileSync(path.join(folder, file.name), 'utf8'))]))
  const rows = new Map<string, {summary: string; stars: string}>()
  for (const tree of trees.values()) {
    for (const table of findTables(tree, navigationHeader)) {
      for (const row of table.rows) {
        const link = linkTarget(row.node.children[1])
        if (link) rows.set(link, {summary: row.cells[2]?.text ?? '', stars: row.cells[3]?.text ?? ''})
      }
    }
  }
  return files.map((file) => {
    const tree = trees.get(file.name)!
    const where = path.join(folder, file.name)
    const heading = firstHeading(tree)
    if (!heading?.text.startsWith(titlePrefix)) {
      throw new Error(`Unexpected first heading ${code(heading?.text ?? 'none')} in ${where}, expected \`# ${titlePrefix}标题\``)
    }
    const row = rows.get(file.name)
    if (!row || row.summary === '') throw new Error(`Unexpected chapter ${where} without a summary in the navigation table, expected a row \`| **${file.number}** | [标题](${file.name}) | 主要内容 | ⭐ |\``)
    const difficulty = /^⭐{1,5}$/u.test(row.stars) ? Array.from(row.stars).length : 0
    if (difficulty < 1 || difficulty > 5) throw new Error(`Unexpected difficulty ${code(row.stars)} of ${file.name} in the navigation table, expected 1 to 5 \`⭐\``)
    return {
      number: Number(file.number),
      title: heading.text.slice(titlePrefix.length),
      file: file.name,
      summary: row.summary,
      difficulty: difficulty as Chapter['difficulty'],
      headings: headingsOf(tree),
      proseCharacters: proseStats(tree).proseHan,
    }
  })
}

/** Headings in document order with GitHub's slugs (one slugger per document, as GitHub does). */
function headingsOf(tree: Root): ChapterHeading[] {
  return headingSlugs(tree).map(({depth, text, slug}) => ({depth, text, slug}))
}

/** The file a navigation cell links to, without anchor, percent-decoded; `undefined` when none. */
function linkTarget(cell: TableCell | undefined): string | undefined {
  let target: string | undefined
  if (cell) {
    visitParents(cell, 'link', (node) => {
      target ??= node.url.split('#')[0]
    })
  }
  if (!target) return undefined
  try {
    return decodeURIComponent(target).normalize('NFC')
  } catch {
    return target
  }
}

/** The generated `index.js` and `index.d.ts` of the package. */
export function renderIndex(chapters: readonly Chapter[]): {js: string; dts: string} {
  const banner = '// Generated from the chapters by `pnpm build` (src/build-index.ts); do not edit.\n'
  const js = `${banner}\n/** @type {readonly import('./index.js').Chapter[]} */\nexport const chapters = ${JSON.stringify(chapters, null, 2)}\n\nfor (const chapter of chapters) {\n  for (const heading of chapter.headings) Object.freeze(heading)\n  Object.freeze(chapter.headings)\n  Object.freeze(chapter)\n}\nObject.freeze(chapters)\n`
  const files = chapters.map((chapter) => JSON.stringify(chapter.file)).join(' | ') || 'never'
  const dts = `${banner}
/** A heading of a chapter, with the anchor GitHub gives it. */
export interface ChapterHeading {
  readonly depth: 1 | 2 | 3 | 4 | 5 | 6
  readonly text: string
  /** GitHub's anchor, without \`#\`. */
  readonly slug: string
}

/** A chapter file of the package: \`import.meta.resolve(\\\`@moby-anatomy/handbook/\${file}\\\`)\`. */
export type ChapterFile = ${files}

/** One chapter of the handbook. */
export interface Chapter {
  /** The chapter number, \`0\` for \`00-总体说明.md\`. */
  readonly number: number
  /** The title: the H1 after \`${titlePrefix}\`. */
  readonly title: string
  readonly file: ChapterFile
  /** The 主要内容 cell of the navigation table in chapter 00. */
  readonly summary: string
  /** Difficulty from 1 to 5 (the ⭐ of the navigation table). */
  readonly difficulty: 1 | 2 | 3 | 4 | 5
  readonly headings: readonly ChapterHeading[]
  /** Han characters of prose, outside code, tables, HTML and diagrams. */
  readonly proseCharacters: number
}

/** Every chapter, in order. */
export declare const chapters: readonly Chapter[]
`
  return {js, dts}
}
