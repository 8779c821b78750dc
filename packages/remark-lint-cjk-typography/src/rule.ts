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
}

/** Settings of a run: the glossary's spellings compiled. */
export interface Settings extends Omit<Merged<Options>, 'glossary'> {
  readonly spellings: Spellings
}

/** A finding placed in the document: offsets of the document text (without a byte order mark). */
export interface PlacedFinding extends Finding {
  readonly node: Text
  readonly ancestors: readonly Parents[]
}

export const ruleId = 'cjk-typography'

/** Compiled spellings per glossary array (engines attach a rule once per file). */
const compiled = new WeakMap<readonly SpellingEntry[], Spellings>()

const remarkLintCjkTypography = defineRule<Options, Settings>({
  id: ruleId,
  options: {glossary: glossaryShape},
  defaults: {glossary: []},
  prepare: ({glossary}) => {
    let spellings = compiled.get(glossary)
    if (!spellings) {
      spellings = compileSpellings(glossary)
      compiled.set(glossary, spellings)
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
  for (const {node, ancestors} of indexTree(tree).ofType('text')) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    // Text between inline HTML tags (`<span>…</span>`) is HTML's business, not prose.
    if (start === undefined || end === undefined || ancestors.some(isAutolink) || ancestors.at(-1)?.children.some((sibling) => sibling.type === 'html')) continue
    const block = ancestors.findLast((ancestor) => ancestor.type === 'paragraph' || ancestor.type === 'heading' || ancestor.type === 'tableCell')
    let latinOnly = false
    if (block) {
      latinOnly = latinOnlyBlocks.get(block) ?? !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(toString(block))
      latinOnlyBlocks.set(block, latinOnly)
    }
    for (const finding of scanRun(text.slice(start, end), {latinOnly, spellings: settings.spellings})) {
      found.push({...finding, start: start + finding.start, end: start + finding.end, node, ancestors})
    }
  }
  return found
}

/** What a valid glossary option looks like; `undefined` when it is one. */
function glossaryShape(value: unknown): string | undefined {
  const strings = (list: unknown) => list === undefined || (Array.isArray(list) && list.every((item) => typeof item === 'string' && item.trim() !== ''))
  const valid = Array.isArray(value) && value.every((entry: unknown) => typeof entry === 'object' && entry !== null && strings((entry as SpellingEntry).names) && strings((entry as SpellingEntry).exceptions))
  return valid ? undefined : 'an array of glossary entries with optional `names` and `exceptions` string arrays, such as the `glossary` export of `@moby-anatomy/glossary`'
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
