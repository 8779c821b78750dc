/**
 * Documents parsed a section at a time, to the same tree.
 *
 * micromark keeps every event of a document until mdast is built: about 170
 * bytes per character, some 40 MB for a 250 KB chapter whose tree is 4 MB.
 * Those events lived long enough to be moved to the old generation, so the
 * collector spent a fifth of a doc-lint worker's time, and the largest
 * chapter set how far its heap grew. Cut into sections of a few kilobytes,
 * a document holds one section's events at a time and they die young: on the
 * benchmark's 16 MB corpus doc-lint took about a tenth less CPU time.
 *
 * Where a document is cut: before a line that opens an ATX heading in column 1
 * right after a blank line, once the section is long enough. After a blank
 * line such a heading closes every container and leaf block that can be open,
 * except the few that run past blank lines (fenced code, HTML blocks of kinds
 * 1–5, a syntax extension's blocks). Each of those left open at the end of a
 * section is still open at its end, so it shows: a node ends inside the
 * section's trailing blank lines. Front matter is the other exception: nothing
 * is cut before its closing line.
 *
 * Link and footnote definitions count for the whole document. Each section's
 * parser is told every label the text could define (every `[label]:` at the
 * start of a line), before it tells a reference from text. The joined tree is
 * kept only when what was assumed holds: every section is closed, every
 * definition found is among those labels, and no reference names one of them
 * that is not defined. Otherwise the document is parsed whole.
 * `sections.test.ts` compares both parses on every Markdown file of the repo
 * and on generated documents, with every possible cut made.
 */
import type {Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import type {Extension, ParseContext, State, TokenizeContext} from 'micromark-util-types'
import type {Processor} from 'unified'
import {forEachNode} from './tree-index.ts'

/** When and how finely to cut. */
export interface SectionLimits {
  /** Documents shorter than this many characters are parsed whole. */
  readonly minChars: number
  /** A section is at least this many characters, when the document allows. */
  readonly sectionChars: number
}

/**
 * Cut documents of 8 Ki characters or more into sections of 4 Ki or more
 * (on the 16 MB corpus, `doc-lint --jobs 1`: 16/8 Ki took 12 % less CPU time
 * than whole parses, 8/4 Ki 13 %, 4/2 Ki no less).
 */
export const sectionLimits: SectionLimits = {minChars: 8 * 1024, sectionChars: 4 * 1024}

/**
 * unified plugin: parse large documents by sections (see the module's
 * comment). Attach it right after the parser: sections are parsed as
 * remark-parse parses, with the processor's syntax extensions and settings.
 */
export function remarkParseInSections(this: Processor, limits?: SectionLimits | null): undefined {
  const parseWhole = this.parser
  if (!parseWhole) return
  const data = this.data()
  const parseSection = (section: string, declare: Extension): Root =>
    fromMarkdown(section, {...data.settings, extensions: [...(data.micromarkExtensions ?? []), declare], mdastExtensions: data.fromMarkdownExtensions ?? []})
  this.parser = (document, file) => parseInSections(document, parseSection, () => parseWhole(document, file) as Root, limits ?? sectionLimits)
}

/** The labels a section's parser is told are defined (micromark's normalized form). */
export interface DeclaredLabels {
  readonly links: readonly string[]
  readonly footnotes: readonly string[]
}

/**
 * A micromark extension that declares `labels` defined in every parser it is
 * used in, before the parser tells a reference from text: it runs first at
 * `[`, `![` and `]`, adds the labels once, and gives way to the real
 * constructs.
 */
export function declareLabels(labels: DeclaredLabels): Extension {
  const declared = new WeakSet<ParseContext>()
  function tokenize(this: TokenizeContext, _effects: unknown, _ok: State, nok: State): State {
    const parser = this.parser as ParseContext & {gfmFootnotes?: string[]}
    if (!declared.has(parser)) {
      declared.add(parser)
      const footnotes = (parser.gfmFootnotes ??= [])
      for (const label of labels.links) parser.defined.push(label)
      for (const label of labels.footnotes) footnotes.push(label)
    }
    return nok
  }
  const construct = {name: 'declareLabels', tokenize}
  // `[` (a link or footnote call starts), `!` (`![` is read as one), `]` (where references are told).
  return {text: {33: construct, 91: construct, 93: construct}}
}

/**
 * Parse `text` by sections when it is long enough and can be cut; else, or
 * when a check fails, with `parseWhole`. `parseSection` parses one section
 * with the extension that declares the document's possible labels.
 */
export function parseInSections(text: string, parseSection: (section: string, declare: Extension) => Root, parseWhole: () => Root, limits: SectionLimits = sectionLimits): Root {
  if (text.length < limits.minChars) return parseWhole()
  const starts = sectionStarts(text, limits.sectionChars)
  if (starts.length === 0) return parseWhole()
  const labels = possibleLabels(text)
  const declare = declareLabels({links: [...labels.links], footnotes: [...labels.footnotes]})
  const root: Root = {type: 'root', children: []}
  let line = 0
  let from = 0
  for (const to of [...starts, text.length]) {
    const section = text.slice(from, to)
    const tree = parseSection(section, declare)
    if (to < text.length && !endsClosed(tree, section)) return parseWhole()
    if (from > 0) shiftPositions(tree, line, from)
    for (const child of tree.children) root.children.push(child)
    const end = tree.position?.end
    if (to === text.length && end) root.position = {start: {line: 1, column: 1, offset: 0}, end: {line: end.line + line, column: end.column, offset: (end.offset ?? 0) + from}}
    line += countLines(section)
    from = to
  }
  return labelsHold(root, labels) ? root : parseWhole()
}

/**
 * Offsets where `text` can be cut (see the module's comment), each section at
 * least `sectionChars` long; none when the text has carriage returns (lines
 * are cut at `\n` only) or opens with front matter that never closes.
 */
export function sectionStarts(text: string, sectionChars: number): number[] {
  if (text.includes('\r')) return []
  const starts: number[] = []
  let lineStart = 0
  let previousBlank = false
  let sectionStart = 0
  // Front matter (`---` or `+++` on the first line) ends at the first line of the same fence.
  let frontMatter = /^(?:---|\+\+\+)[ \t]*(?:\n|$)/.exec(text)?.[0].slice(0, 3)
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    if (frontMatter !== undefined) {
      if (lineStart > 0 && line.trimEnd() === frontMatter) frontMatter = undefined
    } else if (previousBlank && lineStart - sectionStart >= sectionChars && /^#{1,6}(?:[ \t]|$)/.test(line)) {
      starts.push(lineStart)
      sectionStart = lineStart
    }
    previousBlank = /^[ \t]*$/.test(line)
    lineStart = lineEnd + 1
  }
  return frontMatter === undefined ? starts : []
}

/** Whether nothing of a section runs into its trailing blank lines (nothing was left open at its end). */
function endsClosed(tree: Root, section: string): boolean {
  const contentEnd = section.length - (/[ \t\n]*$/.exec(section)?.[0].length ?? 0)
  const last = tree.children.at(-1)
  const lastEnd = last?.position?.end.offset
  return last === undefined || (lastEnd !== undefined && lastEnd <= contentEnd)
}

/**
 * A label followed by `:` where a definition can start: at the start of a
 * line, after indentation and the markers of block quotes and list items.
 * (One it misses, or one that is not a definition but is referenced, makes
 * the document be parsed whole: it costs time, never a different tree.)
 */
const labelAtLineStart = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)*\[((?:[^[\]\\]|\\[\s\S])+)\]:/gm

/** Every label `text` could define (a superset of its definitions but for rare forms), as micromark normalizes them. */
function possibleLabels(text: string): {links: Set<string>; footnotes: Set<string>} {
  const links = new Set<string>()
  const footnotes = new Set<string>()
  for (const match of text.matchAll(labelAtLineStart)) {
    const label = normalizeIdentifier(match[1] as string)
    links.add(label)
    if (label.startsWith('^')) footnotes.add(normalizeIdentifier(label.slice(1)))
  }
  return {links, footnotes}
}

/**
 * Whether declaring the possible labels gave the whole parse's references:
 * every definition is among them, and no reference uses one that is not
 * defined (the only way a superset changes a parse is a reference to it).
 */
function labelsHold(root: Root, labels: {links: Set<string>; footnotes: Set<string>}): boolean {
  const defined = new Set<string>()
  const definedFootnotes = new Set<string>()
  const referenced: string[] = []
  const referencedFootnotes: string[] = []
  forEachNode(root, (node) => {
    if (node.type === 'definition') defined.add(node.identifier)
    else if (node.type === 'footnoteDefinition') definedFootnotes.add(node.identifier)
    else if (node.type === 'linkReference' || node.type === 'imageReference') referenced.push(node.identifier)
    else if (node.type === 'footnoteReference') referencedFootnotes.push(node.identifier)
  })
  // mdast identifiers are micromark's normalized labels in lower case.
  const links = new Set([...labels.links].map((label) => label.toLowerCase()))
  const footnotes = new Set([...labels.footnotes].map((label) => label.toLowerCase()))
  for (const identifier of defined) if (!links.has(identifier)) return false
  for (const identifier of definedFootnotes) if (!footnotes.has(identifier)) return false
  return referenced.every((identifier) => defined.has(identifier) || !links.has(identifier)) && referencedFootnotes.every((identifier) => definedFootnotes.has(identifier) || !footnotes.has(identifier))
}

/** Move every position of a section's tree by the lines and characters before the section (it starts a line, so columns stay). */
function shiftPositions(tree: Root, lines: number, offset: number): void {
  forEachNode(tree, (node) => {
    const position = node.position
    // The section's root is dropped (its children join the document's), so it keeps its own.
    if (!position || node === tree) return
    node.position = {
      start: {line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset},
      end: {line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset},
    }
  })
}

/** The number of line feeds in `text`. */
function countLines(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}
