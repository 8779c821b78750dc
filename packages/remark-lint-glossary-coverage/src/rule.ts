/**
 * The rule `glossary-coverage`: its options, defaults and checks. The docs are in `index.ts`.
 */
import path from 'node:path'
import type {Nodes, Root, Strong, Table} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {
  closest,
  defaultChapterPattern,
  documentText,
  findTables,
  indexTree,
  listChapters,
  parseChapterName,
  plainText,
  sliceSource,
  type DocCache,
  type MatchedTable,
} from '@moby-anatomy/markdown-helpers'
import {booleanValue, code, defineRule, headerCells, patternWithGroup, requiredOption, toPattern, type Merged, type ReportOptions, type RuleContext} from '@moby-anatomy/rule-kit'
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
  /**
   * The first bold use of a Chinese glossary term in a chapter must carry its
   * English name, `**容器**（Container）` (default: `true`).
   */
  readonly requireGloss?: boolean | null | undefined
}

/** Settings of a run: the options with defaults, the pattern and the glossary compiled. */
export interface Settings extends Omit<Merged<Options>, 'chapterPattern' | 'glossary'> {
  readonly chapterPattern: RegExp
  readonly glossary: Glossary
}

/** A glossary compiled for matching. */
export interface Glossary {
  readonly entries: readonly Entry[]
  readonly matcher: Matcher
}

export const ruleId = 'glossary-coverage'

const glossaryExpected = 'an array of entries `{term, english, description, related}`, such as the `glossary` export of `@moby-anatomy/glossary`'

const remarkLintGlossaryCoverage = defineRule<Options, Settings>({
  id: ruleId,
  options: {glossary: glossaryShape, header: headerCells(4), chapterPattern: patternWithGroup, requireGloss: booleanValue},
  defaults: {glossary: requiredOption, header: ['术语', '英文', '说明', '相关概念'], chapterPattern: defaultChapterPattern, requireGloss: true},
  prepare: (options) => ({...options, chapterPattern: toPattern(options.chapterPattern), glossary: compile(options.glossary)}),
  check: checkGlossaryCoverage,
})

export default remarkLintGlossaryCoverage

const compiled = new WeakMap<readonly Entry[], Glossary>()
const usageByTree = new WeakMap<Root, WeakMap<Settings, Map<number, number>>>()
const han = /\p{Script=Han}/u

/** Run every check of the rule on one file. */
function checkGlossaryCoverage(tree: Root, file: VFile, settings: Settings, context: RuleContext): void {
  const tables = findTables(tree, settings.header)
  const isChapter = !file.path || parseChapterName(path.basename(file.path), settings.chapterPattern) !== undefined

  if (isChapter) {
    checkIntroducedTerms(tree, file, settings, tables, context)
    checkMindmaps(tree, file, settings, context)
  }
  for (const table of tables) checkTableSync(table, settings, context)
  if (tables.length > 0) checkUnusedEntries(tree, file, settings, tables, context)
}

/** The matcher of a glossary, built once per glossary array (engines attach rules once per file). */
function compile(entries: readonly Entry[]): Glossary {
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
function checkTableSync(table: MatchedTable, settings: Settings, context: RuleContext): void {
  const {glossary} = settings
  const firstRow = new Map<number, Nodes>()
  let previous: {index: number; term: string} | undefined
  for (const row of table.rows) {
    const report = (reason: string, node: Nodes, options?: ReportOptions) => context.inRow(reason, table, row, node, options)
    const [termCell, englishCell, descriptionCell, relatedCell] = row.cells
    if (!termCell || !englishCell || !descriptionCell || !relatedCell) {
      report(`Unexpected row with ${row.cells.length} cells, expected 4 (${settings.header.map(code).join(' | ')})`, row.node)
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
      const cause = context.firstOccurrence(`Row for ${code(entry.term)} first here`, first)
      report(`Unexpected second row for ${code(entry.term)}, expected one row per entry`, termCell.node, {cause})
      continue
    }
    firstRow.set(index, row.node)
    if (previous && index < previous.index) {
      report(`Unexpected row ${code(entry.term)} after ${code(previous.term)}, expected glossary order (${code(entry.term)} comes first)`, termCell.node)
    }
    previous = {index, term: entry.term}
    const bold = termCell.node.children.length === 1 && termCell.node.children[0]?.type === 'strong'
    const [term, english, description, related] = expectedCells(entry)
    if (!bold) report(`Unexpected term cell ${code(termCell.text)} without bold, expected ${code(term)}`, termCell.node, {expected: [term]})
    if (englishCell.text !== english) report(`Unexpected English ${code(englishCell.text)} for ${code(entry.term)}, expected ${code(english)}`, englishCell.node, {expected: [english]})
    if (descriptionCell.text !== description) {
      report(`Unexpected description for ${code(entry.term)}, expected ${code(description)}`, descriptionCell.node, {expected: [description]})
    }
    if (relatedCell.text !== related) {
      report(`Unexpected related concepts ${code(relatedCell.text)} for ${code(entry.term)}, expected ${code(related)}`, relatedCell.node, {expected: [related]})
    }
  }
  for (const [index, entry] of glossary.entries.entries()) {
    if (firstRow.has(index)) continue
    context.at(`Unexpected missing row for ${code(entry.term)}, expected ${code(`| **${entry.term}** | ${entry.english} | … |`)}`, table.node, table.ancestors)
  }
}

/**
 * Bold terms in a chapter. `**术语**（English）` introduces a term: it must be an
 * entry, with that English name. A gloss that repeats a Latin-only term
 * (`**runc**（runc）`) says nothing: a Latin-only term needs no gloss. With
 * `requireGloss`, the first bold use of a Chinese term in a chapter carries
 * its English name.
 */
function checkIntroducedTerms(tree: Root, file: VFile, settings: Settings, tables: readonly MatchedTable[], context: RuleContext): void {
  const {glossary} = settings
  const text = documentText(file)
  const points = location(text)
  const glossaryTables = new Set<Nodes>(tables.map((table) => table.node))
  const introduced = new Set<number>()
  for (const {node, ancestors} of indexTree(tree).ofType('strong')) {
    const parent = ancestors.at(-1)
    if (!parent || !node.position || ancestors.some((ancestor) => glossaryTables.has(ancestor))) continue
    const term = plainText(node)
    const gloss = glossAfter(node, parent.children)
    const index = glossary.matcher.lookup(term)
    const entry = index === undefined ? undefined : glossary.entries[index]
    if (!gloss) {
      if (settings.requireGloss && entry && index !== undefined && !introduced.has(index) && han.test(term) && isTermSpelling(entry, term)) {
        const written = sliceSource(text, node.position) ?? `**${term}**`
        context.at(`Unexpected first use of ${code(term)} without its English name, expected ${code(`${written}（${entry.english}）`)}`, node, ancestors, {
          expected: [`${written}（${entry.english}）`],
        })
      }
      if (index !== undefined) introduced.add(index)
      continue
    }
    if (index !== undefined) introduced.add(index)
    if (!han.test(term) && normalize(gloss.english) === normalize(term)) {
      const written = sliceSource(text, node.position) ?? `**${term}**`
      const end = gloss.endOffset === undefined ? undefined : points.toPoint(gloss.endOffset)
      const place: Position = {start: node.position.start, end: end ?? node.position.end}
      context.at(`Unexpected gloss ${code(gloss.written)} repeating the term ${code(term)}, expected ${code(written)} alone (a Latin-only term needs no gloss)`, node, ancestors, {
        place,
        expected: [written],
      })
      continue
    }
    if (!entry || !isTermSpelling(entry, term)) {
      context.at(`Unexpected term ${code(term)} (${gloss.english}) missing from the glossary, expected an entry for it`, node, ancestors)
      continue
    }
    // Case-sensitive: `（container）` is not the English name `Container`.
    if (glossary.matcher.lookup(gloss.english) !== index || ![entry.english, ...(entry.englishAliases ?? [])].some((english) => english.normalize('NFKC') === gloss.english)) {
      context.at(`Unexpected English ${code(gloss.english)} for ${code(term)}, expected ${code(entry.english)}`, node, ancestors)
    }
  }
}

/** The English gloss in parentheses right after a bold node, with the offset where it ends; `undefined` when there is none. */
function glossAfter(node: Strong, siblings: readonly Nodes[]): {readonly english: string; readonly written: string; readonly endOffset: number | undefined} | undefined {
  const next = siblings[siblings.indexOf(node) + 1]
  if (next?.type !== 'text') return undefined
  const match = /^\s?([（(]([^（()）]*[A-Za-zＡ-Ｚａ-ｚ][^（()）]*)[）)])/.exec(next.value)
  if (!match?.[1] || !match[2]) return undefined
  const start = next.position?.start.offset
  return {english: match[2].normalize('NFKC').trim(), written: match[1], endOffset: start === undefined ? undefined : start + match[0].length}
}

/** Whether `spelling` is the entry's term or one of its aliases (not only its English name). */
function isTermSpelling(entry: Entry, spelling: string): boolean {
  const wanted = normalize(spelling)
  return [entry.term, ...(entry.aliases ?? [])].some((candidate) => normalize(candidate) === wanted)
}

/** Every node label of a `mindmap` diagram must be a glossary term. */
function checkMindmaps(tree: Root, file: VFile, {glossary}: Settings, context: RuleContext): void {
  const text = documentText(file)
  const place = location(text)
  for (const {node, ancestors} of indexTree(tree).ofType('code')) {
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
      context.at(`Unexpected mindmap label ${code(label.text)} that is no glossary term, expected a term of the glossary${near ? `: did you mean ${code(near)}?` : ''}`, node, ancestors, {
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
function checkUnusedEntries(tree: Root, file: VFile, settings: Settings, tables: readonly MatchedTable[], context: RuleContext): void {
  const used = new Set<number>()
  const add = (usage: Map<number, number>) => {
    for (const index of usage.keys()) used.add(index)
  }
  add(usageOf(tree, settings))
  if (file.path) {
    const filePath = path.resolve(file.cwd, file.path)
    const folder = path.dirname(filePath)
    for (const chapter of listChapters(folder, settings.chapterPattern)) {
      const chapterPath = path.join(folder, chapter.name)
      if (chapterPath === filePath) continue
      // Only chapters really inside the doc set: a chapter linked out of it is not read.
      const loaded = context.docs.load(chapterPath, folder)
      if (loaded.ok) add(usageOf(loaded.tree, settings))
    }
  }
  for (const [index, entry] of settings.glossary.entries.entries()) {
    if (used.has(index)) continue
    const names = [entry.term, ...(entry.aliases ?? []), entry.english, ...(entry.englishAliases ?? [])]
    for (const table of tables) {
      const row = table.rows.find((candidate) => candidate.cells[0]?.text === entry.term)
      const reason = `Unexpected unused entry ${code(entry.term)}, expected a chapter to use ${names.map(code).join(', ')}`
      if (row) context.inRow(reason, table, row, row.node)
      else context.at(reason, table.node, table.ancestors)
    }
  }
}

/** How often each entry is used in the prose of a tree; the glossary tables (by `settings.header`) are not prose. Cached per tree and settings. */
export function usageOf(tree: Root, settings: Settings): Map<number, number> {
  let bySettings = usageByTree.get(tree)
  if (!bySettings) {
    bySettings = new WeakMap()
    usageByTree.set(tree, bySettings)
  }
  let usage = bySettings.get(settings)
  if (!usage) {
    const skipped = new Set<Table>(findTables(tree, settings.header).map((table) => table.node))
    usage = new Map()
    for (const segment of proseSegments(tree, skipped)) {
      for (const match of settings.glossary.matcher.scan(segment)) usage.set(match.entry, (usage.get(match.entry) ?? 0) + 1)
    }
    bySettings.set(settings, usage)
  }
  return usage
}

/**
 * Usage of a document loaded through `docs`, for reports; the reason instead
 * when it cannot be read (or is a symbolic link leading out of `root`).
 */
export function usageOfFile(filePath: string, root: string, settings: Settings, docs: DocCache): {readonly usage: Map<number, number>} | {readonly error: string} {
  const loaded = docs.load(filePath, root)
  return loaded.ok ? {usage: usageOf(loaded.tree, settings)} : {error: loaded.detail}
}
