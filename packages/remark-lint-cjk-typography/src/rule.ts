/**
 * The rule `cjk-typography`: its options and the walk over prose text. The
 * checks are in `scan.ts`, the docs in `index.ts`, the fixer in `fix.ts`.
 */
import type {Link, Nodes, Parents, Root, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {documentText, indexTree} from '@moby-anatomy/markdown-helpers'
import {defineRule, type Merged} from '@moby-anatomy/rule-kit'
import {scanRun, type Finding} from './scan.ts'
import {compileSpellings, type SpellingEntry, type Spellings} from './spellings.ts'

/** Configuration of `cjk-typography`. */
export interface Options {
  /**
   * Glossary entries whose `names` (canonical spellings of product and
   * project names) and `exceptions` (deliberate spellings) the rule reads
   * (default: `[]`: no casing check, no exceptions).
   */
  readonly glossary?: readonly SpellingEntry[] | null | undefined
  /**
   * More spellings kept on purpose, beyond the glossary's: names that are not
   * glossary concepts, such as a doc set's title or chapter titles fixed by
   * their file names (default: `[]`).
   */
  readonly exceptions?: readonly string[] | null | undefined
}

/** Settings of a run: the glossary's spellings compiled. */
export interface Settings extends Omit<Merged<Options>, 'glossary' | 'exceptions'> {
  readonly spellings: Spellings
}

/** A finding placed in the document: offsets of the document text (without a byte order mark). */
export interface PlacedFinding extends Finding {
  readonly node: Text
  readonly ancestors: readonly Parents[]
}

export const ruleId = 'cjk-typography'

/** Full-width marks that an English block would want half-width. */
const fullWidthMark = /[，；：？！。（）]/

/** Compiled spellings per glossary and exceptions arrays (engines attach a rule once per file). */
const compiled = new WeakMap<readonly SpellingEntry[], WeakMap<readonly string[], Spellings>>()

const remarkLintCjkTypography = defineRule<Options, Settings>({
  id: ruleId,
  options: {glossary: glossaryShape, exceptions: stringList},
  defaults: {glossary: [], exceptions: []},
  prepare: ({glossary, exceptions}) => {
    const byExceptions = compiled.get(glossary) ?? new WeakMap<readonly string[], Spellings>()
    compiled.set(glossary, byExceptions)
    let spellings = byExceptions.get(exceptions)
    if (!spellings) {
      spellings = compileSpellings([...glossary, {term: '', exceptions}])
      byExceptions.set(exceptions, spellings)
    }
    return {spellings}
  },
  check(tree, file, settings, context) {
    const text = documentText(file)
    const points = location(text)
    for (const finding of typographyFindings(tree, text, settings)) {
      const start = points.toPoint(finding.start)
      const end = points.toPoint(finding.end)
      if (!start || !end) continue
      context.at(finding.reason, finding.node, finding.ancestors, {
        place: {start, end},
        ...(finding.expected === undefined ? {} : {expected: [finding.expected]}),
      })
    }
  },
})

export default remarkLintCjkTypography

/** Every finding in the prose text nodes of `tree` (`text`: the document without a byte order mark). */
export function typographyFindings(tree: Root, text: string, settings: Settings): PlacedFinding[] {
  const found: PlacedFinding[] = []
  const latinOnlyBlocks = new Map<Nodes, boolean>()
  const holdsHtml = new Map<Parents, boolean>()
  for (const {node, ancestors} of indexTree(tree).ofType('text')) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    // Text between inline HTML tags (`<span>…</span>`) is HTML's business, not prose.
    if (start === undefined || end === undefined || ancestors.some(isAutolink)) continue
    // A link to another Markdown file inside a table (a navigation table) mirrors that file's
    // title: the title is fixed in its own file, and the mirror follows it (nav-table checks that).
    if (ancestors.some((ancestor) => ancestor.type === 'tableCell') && ancestors.some(isDocumentLink)) continue
    const parent = ancestors.at(-1)
    if (parent) {
      const html = holdsHtml.get(parent) ?? parent.children.some((sibling) => sibling.type === 'html')
      holdsHtml.set(parent, html)
      if (html) continue
    }
    const source = text.slice(start, end)
    // Only a run with full-width marks needs to know whether its block is English (a Latin-only
    // block has no CJK, so the full-width checks find nothing there anyway).
    let latinOnly = false
    const block = fullWidthMark.test(source) ? ancestors.findLast((ancestor) => ancestor.type === 'paragraph' || ancestor.type === 'heading' || ancestor.type === 'tableCell') : undefined
    if (block) {
      latinOnly = latinOnlyBlocks.get(block) ?? isLatinSentence(toString(block))
      latinOnlyBlocks.set(block, latinOnly)
    }
    for (const finding of scanRun(source, {latinOnly, spellings: settings.spellings})) {
      found.push({...finding, start: start + finding.start, end: start + finding.end, node, ancestors})
    }
  }
  return found
}

/**
 * Whether a block reads as an English sentence: no CJK character, and words
 * separated by spaces (`ContainerExecStart（…）：` or `Volume：Name、Status` is
 * a Chinese document's label, not English prose).
 */
function isLatinSentence(text: string): boolean {
  return !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) && /[A-Za-z]+ +[A-Za-z]+/.test(text)
}

/** What a valid list of spellings looks like; `undefined` when it is one. */
function stringList(value: unknown): string | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '') ? undefined : 'an array of non-empty strings, such as `[\'Moby项目源码剖析\']`'
}

/** What a valid glossary option looks like; `undefined` when it is one. */
function glossaryShape(value: unknown): string | undefined {
  const strings = (list: unknown) => list === undefined || (Array.isArray(list) && list.every((item) => typeof item === 'string' && item.trim() !== ''))
  const valid = Array.isArray(value) && value.every((entry: unknown) => typeof entry === 'object' && entry !== null && typeof (entry as SpellingEntry).term === 'string' && strings((entry as SpellingEntry).names) && strings((entry as SpellingEntry).exceptions))
  return valid ? undefined : 'an array of glossary entries `{term, names?, exceptions?}` (string arrays), such as the `glossary` export of `@moby-anatomy/glossary`'
}

/** Whether a node is a link to a local Markdown file (`01-标题.md`, `../x.md#节`). */
function isDocumentLink(node: Nodes): node is Link {
  return node.type === 'link' && /^(?![a-z][a-z\d+.-]*:)[^?#]*\.md(?:#.*)?$/i.test(node.url)
}

/**
 * Whether a node is a bare address (`<https://…>`, a GFM autolink literal, an
 * e-mail address): its text is its URL, not prose.
 */
function isAutolink(node: Nodes): node is Link {
  if (node.type !== 'link') return false
  const [only] = node.children
  if (node.children.length !== 1 || only?.type !== 'text') return false
  const withoutScheme = (value: string) => value.replace(/^(?:[a-z][a-z\d+.-]*:(?:\/\/)?)/i, '')
  return withoutScheme(node.url) === withoutScheme(only.value)
}
