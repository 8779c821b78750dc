/**
 * The rule `nav-table`: its options, defaults and checks. The docs are in `index.ts`.
 */
import path from 'node:path'
import type {Code, Link, Nodes, Root, TableRow} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import type {Position} from 'unist'
import {visitParents} from 'unist-util-visit-parents'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {
  defaultChapterPattern,
  documentText,
  findTables,
  indexTree,
  listChapters,
  plainText,
  sliceSource,
  type ChapterFile,
  type MatchedTable,
} from '@moby-anatomy/markdown-helpers'
import {code, defineRule, headerCells, listOr, nonEmptyString, patternWithGroup, toPattern, type Merged, type RuleContext} from '@moby-anatomy/rule-kit'
import {chapterTitle, resolveTarget, type ChapterFolder} from './targets.ts'

/** Configuration of `nav-table`. */
export interface Options {
  /** Header cells that mark a navigation table (default: `['文档编号', '文档标题', '主要内容', '技术难度']`). */
  readonly header?: readonly [string, string, string, string] | null | undefined
  /** Prefix of every chapter's H1, cut off to get its title (default: `'Moby项目源码剖析 - '`). */
  readonly titlePrefix?: string | null | undefined
  /** Chapter file names; the first group is the number (default: `/^(\d{2})-(.+)\.md$/`). */
  readonly chapterPattern?: RegExp | string | null | undefined
  /** The mark repeated 1–5 times in the difficulty cell (default: `'⭐'`). */
  readonly difficultyMark?: string | null | undefined
}

/** Settings of a run: the options with defaults, the pattern compiled. */
export interface Settings extends Omit<Merged<Options>, 'chapterPattern'> {
  readonly chapterPattern: RegExp
}

export const ruleId = 'nav-table'

const remarkLintNavTable = defineRule<Options, Settings>({
  id: ruleId,
  options: {header: headerCells(4), titlePrefix: nonEmptyString, chapterPattern: patternWithGroup, difficultyMark: nonEmptyString},
  defaults: {header: ['文档编号', '文档标题', '主要内容', '技术难度'], titlePrefix: 'Moby项目源码剖析 - ', chapterPattern: defaultChapterPattern, difficultyMark: '⭐'},
  prepare: (options) => ({...options, chapterPattern: toPattern(options.chapterPattern)}),
  check: checkNavigationTables,
})

export default remarkLintNavTable

/** Run every check of the rule on one file. */
function checkNavigationTables(tree: Root, file: VFile, settings: Settings, context: RuleContext): void {
  const tables = findTables(tree, settings.header)
  const [first] = tables
  if (!first) return
  if (!file.path) {
    context.at('Unexpected navigation table in a file without a path, expected a file on disk so chapter links can be resolved', first.node, first.ancestors)
    return
  }
  const folder = path.dirname(path.resolve(file.cwd, file.path))
  const chapters: ChapterFolder = {
    folder,
    tableFile: path.basename(file.path),
    chapters: listChapters(folder, settings.chapterPattern),
    settings,
    docs: context.docs,
  }
  const tableNodes = new Set<Nodes>()
  for (const table of tables) {
    tableNodes.add(table.node)
    checkTable(table, settings, chapters, context, documentText(file))
  }
  checkChapterLabels(tree, file, chapters, tableNodes, context)
}

/** Row-by-row checks of one navigation table, then the chapters no row lists. */
function checkTable(table: MatchedTable, settings: Settings, resolve: ChapterFolder, context: RuleContext, source: string): void {
  const listed = new Set<string>()
  const seenNumbers = new Map<number, Nodes>()
  let firstNumber: {value: number; width: number} | undefined
  table.rows.forEach((row, index) => {
    // `expected`: the one repair of the reported range, when there is one (quick fixes, fixers).
    const report = (reason: string, node: Nodes, cause?: ReturnType<RuleContext['firstOccurrence']>, expected?: string) =>
      context.inRow(reason, table, row, node, expected === undefined ? {cause} : {cause, expected: [expected]})
    if (isIgnoredRow(row.node)) {
      const link = row.cells[1] && firstLink(row.cells[1].node)
      const target = link && resolveTarget(link.url, resolve)
      if (target?.ok) listed.add(target.chapter.name)
      else if (target?.named) listed.add(target.named.name)
      return
    }
    const [numberCell, titleCell, summaryCell, difficultyCell] = row.cells
    if (!numberCell || !titleCell || !summaryCell || !difficultyCell) {
      report(`Unexpected row with ${row.cells.length} cells, expected ${settings.header.length} (${settings.header.map(code).join(' | ')})`, row.node)
      return
    }

    const numberText = numberCell.text
    const numberValue = /^\d+$/.test(numberText) ? Number(numberText) : undefined
    if (numberValue === undefined) {
      report(`Unexpected number ${code(numberText)}, expected digits such as \`01\``, numberCell.node)
    } else if (seenNumbers.has(numberValue)) {
      const first = seenNumbers.get(numberValue)
      const cause = first && context.firstOccurrence(`Number ${code(numberText)} first used here`, first)
      report(`Unexpected duplicate number ${code(numberText)}, expected each number once`, numberCell.node, cause)
    } else {
      seenNumbers.set(numberValue, numberCell.node)
      if (!firstNumber) firstNumber = {value: numberValue, width: numberText.length}
      else if (numberValue !== firstNumber.value + index) {
        const expected = String(firstNumber.value + index).padStart(firstNumber.width, '0')
        report(`Unexpected number ${code(numberText)} in row ${index + 1}, expected ${code(expected)} (consecutive from the first row)`, numberCell.node, undefined, `**${expected}**`)
      }
    }

    const link = firstLink(titleCell.node)
    if (!link) {
      report(`Unexpected title cell without a link, expected a link to a chapter file such as \`[标题](01-标题.md)\``, titleCell.node)
    } else {
      const target = resolveTarget(link.url, resolve)
      if (!target.ok) {
        if (target.named) listed.add(target.named.name)
        report(target.problem, link)
      } else {
        listed.add(target.chapter.name)
        if (numberText !== target.chapter.number) {
          report(`Unexpected number ${code(numberText)} for ${code(target.chapter.name)}, expected ${code(target.chapter.number)}`, numberCell.node, undefined, `**${target.chapter.number}**`)
        }
        if (target.problem) report(target.problem, link)
        const linkText = plainText(link)
        if (target.title !== undefined && linkText !== target.title) {
          report(`Unexpected title ${code(linkText)} for ${code(target.chapter.name)}, expected ${code(target.title)} (its heading)`, link, undefined, retitledLink(source, link, target.title))
        }
      }
    }

    if (summaryCell.text === '') {
      report('Unexpected empty summary cell, expected a short list of topics such as `系统架构、技术栈`', summaryCell.node)
    }
    const marks = difficultyCell.text
    const count = marks.split(settings.difficultyMark).length - 1
    if (marks !== settings.difficultyMark.repeat(count) || count < 1 || count > 5) {
      report(`Unexpected difficulty ${code(marks)}, expected 1 to 5 ${code(settings.difficultyMark)}`, difficultyCell.node)
    }
  })

  for (const chapter of resolve.chapters) {
    if (listed.has(chapter.name)) continue
    context.at(`Unexpected chapter ${code(chapter.name)} missing from the navigation table, expected a row for it`, table.node, table.ancestors)
  }
}

/**
 * Whether a row holds `<!--lint ignore nav-table-->` (or a bare `lint ignore`).
 * remark-message-control scopes `ignore` to the comment's next sibling, which
 * inside a table cell cannot cover the row, so the rule honours it itself.
 */
function isIgnoredRow(row: TableRow): boolean {
  let ignored = false
  visitParents(row, 'html', (node) => {
    const marker = commentMarker(node)
    if (marker?.name !== 'lint') return
    const [verb, ...ruleIds] = marker.attributes.trim().split(/\s+/)
    if (verb === 'ignore' && (ruleIds.length === 0 || ruleIds.includes(ruleId))) ignored = true
  })
  return ignored
}

/**
 * The source of `link` with its text replaced by `title`, destination kept byte
 * for byte; `undefined` when the link's source cannot be sliced (no positions,
 * or a reference link, whose destination lives elsewhere).
 */
function retitledLink(source: string, link: Link, title: string): string | undefined {
  const whole = sliceSource(source, link.position)
  const labelEnd = link.children.at(-1)?.position?.end.offset
  const start = link.position?.start.offset
  if (whole === undefined || labelEnd === undefined || start === undefined || !whole.startsWith('[')) return undefined
  const rest = whole.slice(labelEnd - start)
  if (!rest.startsWith('](')) return undefined
  return `[${escapeLinkText(title)}${rest}`
}

/** Backslash-escape what would otherwise open markup or end the link text (CommonMark escapes ASCII punctuation). */
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]*_`<>!&]/g, (character) => `\\${character}`)
}

/** The first link inside a node. */
function firstLink(node: Nodes): Link | undefined {
  let found: Link | undefined
  visitParents(node, 'link', (link) => {
    found ??= link
  })
  return found
}

const labelPattern = /(?<=[[({"'>|]\s*)(\d{2})-([^\s\]){}"'|<>;,]+)/g

/** Mermaid node labels and link texts of the form `NN-标题` must name a chapter with its title. */
function checkChapterLabels(tree: Root, file: VFile, folder: ChapterFolder, tableNodes: ReadonlySet<Nodes>, context: RuleContext): void {
  const {chapters} = folder
  const text = documentText(file)
  const place = location(text)
  const titles = new Map<string, string>()
  const expectedLabel = (chapter: ChapterFile) => {
    let title = titles.get(chapter.name)
    if (title === undefined) {
      title = chapterTitle(chapter, folder)
      titles.set(chapter.name, title)
    }
    return `${chapter.number}-${title}`
  }
  const checkLabel = (label: string, number: string, place: Position, node: Nodes, ancestors: readonly Nodes[]) => {
    const sameNumber = chapters.find((chapter) => chapter.number === number)
    if (!sameNumber) {
      context.at(`Unexpected label ${code(label)} naming no chapter, expected ${listOr(chapters.map(expectedLabel))}`, node, ancestors, {place})
      return
    }
    const expected = expectedLabel(sameNumber)
    if (label !== expected) context.at(`Unexpected label ${code(label)}, expected ${code(expected)}`, node, ancestors, {place, expected: [expected]})
  }

  // From the shared index (one walk for all rules): diagrams and links outside navigation tables.
  const index = indexTree(tree)
  const outsideTables = (ancestors: readonly Nodes[]) => !ancestors.some((ancestor) => tableNodes.has(ancestor))
  for (const {node, ancestors} of index.ofType('code')) {
    if (node.lang === 'mermaid' && outsideTables(ancestors)) checkMermaid(node, ancestors)
  }
  for (const {node, ancestors} of index.ofType('link')) {
    if (!node.position || !outsideTables(ancestors)) continue
    const label = plainText(node)
    const match = /^(\d{2})-(.+)$/.exec(label)
    if (match?.[1]) checkLabel(label, match[1], node.position, node, ancestors)
  }

  /** Labels inside one mermaid block, placed at their own line and column. */
  function checkMermaid(node: Code, ancestors: readonly Nodes[]) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const source = text.slice(start, end)
    for (const match of source.matchAll(labelPattern)) {
      const from = place.toPoint(start + match.index)
      const to = place.toPoint(start + match.index + match[0].length)
      if (!from || !to || !match[1]) continue
      checkLabel(match[0], match[1], {start: from, end: to}, node, ancestors)
    }
  }
}

