/**
 * The checks of `glossary-coverage`, kept apart from the module docs in `index.ts`.
 */
import path from 'node:path'
import type {Nodes, Root, Table} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {VFileMessage} from 'vfile-message'
import {
  cellPlace,
  checkOptions,
  closest,
  code,
  defaultChapterPattern,
  documentText,
  failOption,
  findTables,
  headerCells,
  indexTree,
  listChapters,
  loadDoc,
  parseChapterName,
  patternWithGroup,
  plainText,
  toPattern,
  type MatchedTable,
} from '@moby-anatomy/doc-set'
import {createMatcher, normalize, type Matcher, type MatchableEntry} from './matcher.ts'
import {proseSegments} from './prose.ts'

/** What the rule needs of a glossary entry (`GlossaryEntry` of `@moby-anatomy/glossary` fits). */
export interface Entry extends MatchableEntry {
  readonly description: string
  readonly related: readonly string[]
}

/** Configuration of `glossary-coverage`. */
export interface Options {
  /** The glossary: entries in table order (required). */
  readonly glossary?: readonly Entry[] | null | undefined
  /** Header cells of the glossary table (default: `['术语', '英文', '说明', '相关概念']`). */
  readonly header?: readonly [string, string, string, string] | null | undefined
  /** Chapter file names: the files whose prose counts and whose terms are checked (default: `/^(\d{2})-(.+)\.md$/`). */
  readonly chapterPattern?: RegExp | string | null | undefined
}

export const ruleId = 'glossary-coverage'
export const defaultHeader = ['术语', '英文', '说明', '相关概念'] as const

const glossaryExpected = 'an array of entries `{term, english, description, related}`, such as the `glossary` export of `@moby-anatomy/glossary`'

interface Compiled {
  readonly entries: readonly Entry[]
  readonly matcher: Matcher
}

const compiled = new WeakMap<readonly Entry[], Compiled>()
const usageByTree = new WeakMap<Root, WeakMap<Matcher, Map<number, number>>>()

/** Run every check of the rule on one file. */
export function checkGlossaryCoverage(tree: Root, file: VFile, options: Options | null | undefined): void {
  checkOptions(file, ruleId, options, {
    glossary: glossaryShape,
    header: headerCells(4),
    chapterPattern: patternWithGroup,
  })
  if (!options?.glossary) {
    failOption(file, ruleId, `Unexpected missing \`options.glossary\` of \`${ruleId}\`, expected ${glossaryExpected}`)
  }
  const glossary = compile(options.glossary)
  const header = options.header ?? defaultHeader
  const pattern = toPattern(options.chapterPattern, defaultChapterPattern)
  const tables = findTables(tree, header)
  const isChapter = !file.path || parseChapterName(path.basename(file.path), pattern) !== undefined

  if (isChapter) {
    checkIntroducedTerms(tree, file, glossary)
    checkMindmaps(tree, file, glossary)
  }
  for (const table of tables) checkTableSync(table, file, glossary)
  if (tables.length > 0) checkUnusedEntries(tree, file, glossary, tables, pattern)
}

/** The matcher of a glossary, built once per glossary object. */
function compile(entries: readonly Entry[]): Compiled {
  let found = compiled.get(entries)
  if (!found) {
    found = {entries, matcher: createMatcher(entries)}
    compiled.set(entries, found)
  }
  return found
}

/** What a valid glossary option looks like; `undefined` when it is one. */
function glossaryShape(value: unknown): string | undefined {
  const expected = glossaryExpected
  if (!Array.isArray(value)) return expected
  for (const [index, entry] of value.entries()) {
    const fields = entry as Partial<Record<keyof Entry, unknown>> | null
    const ok =
      typeof fields === 'object' &&
      fields !== null &&
      typeof fields.term === 'string' &&
      typeof fields.english === 'string' &&
      typeof fields.description === 'string' &&
      Array.isArray(fields.related)
    if (!ok) return `${expected}; entry ${index} is not one`
  }
  return undefined
}

/** The expected cells of an entry's table row, as written by `pnpm fix`. */
export function expectedCells(entry: Entry): [string, string, string, string] {
  return [`**${entry.term}**`, entry.english, entry.description, entry.related.join('、')]
}

/** Rows must equal the entries, in glossary order, one per entry. */
function checkTableSync(table: MatchedTable, file: VFile, glossary: Compiled): void {
  const parents = [...table.ancestors, table.node]
  const firstRow = new Map<number, Nodes>()
  let previous: {index: number; term: string} | undefined
  for (const row of table.rows) {
    const report = (reason: string, node: Nodes, cause?: VFileMessage) => {
      const place = node.type === 'tableCell' ? cellPlace(node) : node.position
      if (place) file.message(reason, {ancestors: [...parents, row.node, ...(node === row.node ? [] : [node])], place, ...(cause ? {cause} : {})})
    }
    const [termCell, englishCell, descriptionCell, relatedCell] = row.cells
    if (!termCell || !englishCell || !descriptionCell || !relatedCell) {
      report(`Unexpected row with ${row.cells.length} cells, expected 4 (${defaultHeader.map(code).join(' | ')})`, row.node)
      continue
    }
    const index = glossary.entries.findIndex((entry) => entry.term === termCell.text)
    const entry = glossary.entries[index]
    if (!entry) {
      const near = closest(termCell.text, glossary.entries.map((candidate) => candidate.term))
      report(`Unexpected row ${code(termCell.text)} that is no glossary entry, expected only glossary terms${near ? `: did you mean ${code(near)}?` : ''}`, termCell.node)
      continue
    }
    const first = firstRow.get(index)
    if (first) {
      const cause = new VFileMessage(`Row for ${code(entry.term)} first here`, {place: first.position, ruleId, source: 'remark-lint'})
      report(`Unexpected second row for ${code(entry.term)}, expected one row per entry`, termCell.node, cause)
      continue
    }
    firstRow.set(index, row.node)
    if (previous && index < previous.index) {
      report(`Unexpected row ${code(entry.term)} after ${code(previous.term)}, expected glossary order (${code(entry.term)} comes first)`, termCell.node)
    }
    previous = {index, term: entry.term}
    const bold = termCell.node.children.length === 1 && termCell.node.children[0]?.type === 'strong'
    if (!bold) report(`Unexpected term cell ${code(termCell.text)} without bold, expected ${code(`**${entry.term}**`)}`, termCell.node)
    const [, english, description, related] = expectedCells(entry)
    if (englishCell.text !== english) report(`Unexpected English ${code(englishCell.text)} for ${code(entry.term)}, expected ${code(english)}`, englishCell.node)
    if (descriptionCell.text !== description) {
      report(`Unexpected description for ${code(entry.term)}, expected ${code(description)}`, descriptionCell.node)
    }
    if (relatedCell.text !== related) report(`Unexpected related concepts ${code(relatedCell.text)} for ${code(entry.term)}, expected ${code(related)}`, relatedCell.node)
  }
  for (const [index, entry] of glossary.entries.entries()) {
    if (firstRow.has(index) || !table.node.position) continue
    file.message(`Unexpected missing row for ${code(entry.term)}, expected ${code(`| **${entry.term}** | ${entry.english} | … |`)}`, {
      ancestors: parents,
      place: table.node.position,
    })
  }
}

/** `**术语**（English）` in a chapter introduces a term: it must be an entry, with that English name. */
function checkIntroducedTerms(tree: Root, file: VFile, glossary: Compiled): void {
  for (const {node, ancestors: parents} of indexTree(tree).strongs) {
    const parent = parents.at(-1)
    if (!parent || !node.position) continue
    const siblings: readonly Nodes[] = parent.children
    const next = siblings[siblings.indexOf(node) + 1]
    if (next?.type !== 'text') continue
    const gloss = /^\s?[（(]([^（()）]*[A-Za-zＡ-Ｚａ-ｚ][^（()）]*)[）)]/.exec(next.value)
    if (!gloss?.[1]) continue
    const term = plainText(node)
    const english = gloss[1].normalize('NFKC').trim()
    const index = glossary.matcher.lookup(term)
    const entry = index === undefined ? undefined : glossary.entries[index]
    if (!entry || !isTermSpelling(entry, term)) {
      file.message(`Unexpected term ${code(term)} (${english}) missing from the glossary, expected an entry for it`, {ancestors: [...parents, node], place: node.position})
      continue
    }
    if (glossary.matcher.lookup(english) !== index) {
      file.message(`Unexpected English ${code(english)} for ${code(term)}, expected ${code(entry.english)}`, {ancestors: [...parents, node], place: node.position})
    }
  }
}

/** Whether `spelling` is the entry's term or one of its aliases (not only its English name). */
function isTermSpelling(entry: Entry, spelling: string): boolean {
  const wanted = normalize(spelling)
  return [entry.term, ...(entry.aliases ?? [])].some((candidate) => normalize(candidate) === wanted)
}

/** Every node label of a `mindmap` diagram must be a glossary term. */
function checkMindmaps(tree: Root, file: VFile, glossary: Compiled): void {
  const text = documentText(file)
  const place = location(text)
  for (const {node, ancestors: parents} of indexTree(tree).code) {
    if (node.lang !== 'mermaid' || !/^\s*mindmap\s*$/m.exec(node.value.split('\n').find((line) => line.trim() !== '') ?? '')) continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    const source = text.slice(start, end)
    const firstLine = source.indexOf('\n') + 1
    const lines = source.slice(firstLine).split('\n')
    let offset = start + firstLine
    let sawHeader = false
    for (const line of lines) {
      const lineStart = offset
      offset += line.length + 1
      const trimmed = line.trim()
      if (trimmed === '' || trimmed.startsWith('%%') || trimmed.startsWith('::') || /^(```|~~~)/.test(trimmed)) continue
      if (!sawHeader && trimmed === 'mindmap') {
        sawHeader = true
        continue
      }
      const label = mindmapLabel(trimmed)
      if (!label) continue
      if (glossary.matcher.lookup(label.text) !== undefined) continue
      const column = line.indexOf(trimmed) + label.offset
      const from = place.toPoint(lineStart + column)
      const to = place.toPoint(lineStart + column + label.text.length)
      if (!from || !to) continue
      const near = closest(label.text, glossary.entries.map((entry) => entry.term))
      file.message(`Unexpected mindmap label ${code(label.text)} that is no glossary term, expected a term of the glossary${near ? `: did you mean ${code(near)}?` : ''}`, {
        ancestors: [...parents, node],
        place: {start: from, end: to},
      })
    }
  }
}

/** The label of a mindmap node line (`root((容器))`, `id[镜像]`, `容器`) and its offset in the line. */
function mindmapLabel(line: string): {text: string; offset: number} | undefined {
  const withoutClass = line.replace(/\s*:::.*$/, '')
  const shaped = /^[\w-]*(\(\(|\)\)|\(-|\{\{|\[|\(|\))\s*"?(.*?)"?\s*(\)\)|\(\(|-\)|\}\}|\]|\)|\()$/.exec(withoutClass)
  const text = (shaped ? shaped[2] : withoutClass)?.replace(/^`|`$/g, '').trim()
  if (!text) return undefined
  return {text, offset: withoutClass.indexOf(text)}
}

/** Entries no chapter's prose uses (the glossary tables themselves do not count). */
function checkUnusedEntries(tree: Root, file: VFile, glossary: Compiled, tables: readonly MatchedTable[], pattern: RegExp): void {
  const used = new Set<number>()
  const add = (usage: Map<number, number>) => {
    for (const index of usage.keys()) used.add(index)
  }
  add(usageOf(tree, glossary))
  if (file.path) {
    const filePath = path.resolve(file.cwd, file.path)
    const folder = path.dirname(filePath)
    for (const chapter of listChapters(folder, pattern)) {
      const chapterPath = path.join(folder, chapter.name)
      if (chapterPath === filePath) continue
      const loaded = loadDoc(chapterPath, folder)
      if (loaded.ok) add(usageOf(loaded.tree, glossary))
    }
  }
  for (const [index, entry] of glossary.entries.entries()) {
    if (used.has(index)) continue
    const names = [entry.term, ...(entry.aliases ?? []), entry.english, ...(entry.englishAliases ?? [])]
    for (const table of tables) {
      const row = table.rows.find((candidate) => candidate.cells[0]?.text === entry.term)
      const place = row?.node.position ?? table.node.position
      if (!place) continue
      file.message(`Unexpected unused entry ${code(entry.term)}, expected a chapter to use ${names.map(code).join(', ')}`, {
        ancestors: [...table.ancestors, table.node, ...(row ? [row.node] : [])],
        place,
      })
    }
  }
}

/** How often each entry is used in the prose of a tree; glossary tables are not prose. Cached per tree. */
export function usageOf(tree: Root, glossary: {readonly entries: readonly Entry[]; readonly matcher: Matcher}, header: readonly string[] = defaultHeader): Map<number, number> {
  let byMatcher = usageByTree.get(tree)
  if (!byMatcher) {
    byMatcher = new WeakMap()
    usageByTree.set(tree, byMatcher)
  }
  let usage = byMatcher.get(glossary.matcher)
  if (!usage) {
    const skipped = new Set<Table>(findTables(tree, header).map((table) => table.node))
    usage = new Map()
    for (const segment of proseSegments(tree, skipped)) {
      for (const match of glossary.matcher.scan(segment)) usage.set(match.entry, (usage.get(match.entry) ?? 0) + 1)
    }
    byMatcher.set(glossary.matcher, usage)
  }
  return usage
}

export {compile}
