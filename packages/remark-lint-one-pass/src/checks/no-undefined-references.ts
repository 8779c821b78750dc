/**
 * `remark-lint-no-undefined-references@5.0.2` as a check: text in brackets
 * that reads as a reference (`[x]`, `[x][]`, `[x][y]`, `![x]`, `[^x]`) but
 * names no definition, so the parser kept it as text.
 *
 * The stock rule collects the phrasing containers in its walk and scans their
 * source after it. This check scans each container when the walk enters it
 * (the scan does not depend on definitions) and keeps only the candidates;
 * after the walk, when every definition is known, it reports the candidates
 * that are neither defined nor allowed, in the stock rule's order (so a
 * stateful `allow` expression, one with the `g` flag, sees the same calls).
 */
import {collapseWhiteSpace} from 'collapse-white-space'
import type {Nodes, Parents, Text} from 'mdast'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import {location} from 'vfile-location'
import type {Check} from '../check.ts'
import {isPoint, offsetOf} from './position.ts'

/** The stock rule's options. */
export interface Options {
  /**
   * Labels to allow between `[` and `]`: strings (compared as identifiers) or
   * expressions (`{source, flags}`, `flags` default `'i'`; a `RegExp` works).
   */
  readonly allow?: ReadonlyArray<RegExp | string | {readonly source: string; readonly flags?: string | null | undefined}> | null | undefined
  /** Allow shortcut references, bare brackets such as `[text]` (default: `false`). */
  readonly allowShortcutLink?: boolean | null | undefined
}

/** An opening bracket and the bracket offsets after it, as the stock rule keeps them. */
interface BracketRange {
  /** The text node holding the opening bracket. */
  readonly text: Text
  /** Offsets: `[`, then `][` twice (a full or collapsed reference), then after `]`. */
  readonly brackets: number[]
}

/** A reference that is a message unless a definition or an `allow` expression takes it. */
interface Candidate {
  readonly ancestors: Nodes[]
  readonly id: string
  readonly label: 'footnote' | 'image' | 'link'
  readonly start: number
  readonly end: number
}

const collapseOptions = {style: 'html', trim: true} as const

/** What the check takes: the stock rule's options, or none. */
export type Option = Readonly<Options> | null | undefined

export const check: Check<Option> = {
  name: 'no-undefined-references',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-undefined-references#readme',
  types: ['definition', 'footnoteDefinition', 'heading', 'paragraph', 'tableCell'],
  start({file, option, report}) {
    const settings = option || {}
    const allow = settings.allow || []
    const allowShortcutLink = settings.allowShortcutLink || false
    const strings = new Set<string>()
    const regexes: RegExp[] = []

    // Read as the stock rule reads it, so a wrong entry throws the same error.
    for (let index = 0; index < allow.length; index++) {
      const value = allow[index]
      if (typeof value === 'string') {
        strings.add(normalizeIdentifier(value))
      } else if (typeof value === 'object' && 'source' in value) {
        regexes.push(new RegExp(value.source, value.flags ?? 'i'))
      }
    }

    const value = String(file)
    const definitionIdentifiers = new Set<string>()
    const footnoteDefinitionIdentifiers = new Set<string>()
    const candidates: Candidate[] = []
    // While scanning a container: the walk's ancestors, then the container and
    // the phrasing parents down to the current one.
    let outer: readonly Parents[] = []
    const inner: Parents[] = []

    return {
      enter(node, ancestors) {
        if (node.type === 'definition') {
          definitionIdentifiers.add(normalizeIdentifier(node.identifier))
        } else if (node.type === 'footnoteDefinition') {
          footnoteDefinitionIdentifiers.add(normalizeIdentifier(node.identifier))
        } else if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
          outer = ancestors
          scanContainer(node)
          outer = []
        }
      },
      end() {
        let toPoint: ReturnType<typeof location>['toPoint'] | undefined
        for (const candidate of candidates) {
          const defined = candidate.label === 'footnote' ? footnoteDefinitionIdentifiers : definitionIdentifiers
          if (defined.has(candidate.id) || matchesAny(regexes, candidate.id)) continue
          toPoint ??= location(file).toPoint
          const start = toPoint(candidate.start)
          const end = toPoint(candidate.end)
          if (!start || !end) continue
          report(
            'Unexpected reference to undefined definition, expected corresponding definition (`' +
              candidate.id.toLowerCase() +
              '`) for ' +
              (candidate.label === 'image' ? 'an' : 'a') +
              ' ' +
              candidate.label +
              ' or escaped opening bracket (`\\[`) for regular text',
            {ancestors: candidate.ancestors, place: {start, end}},
          )
        }
      },
    }

    /** Scan a parent of phrasing: its text children share one list of open brackets, its other parents get their own. */
    function scanContainer(node: Parents): void {
      inner.push(node)
      let ranges: BracketRange[] | undefined
      for (const child of node.children as Nodes[]) {
        if (child.type === 'text') ranges = scanText(ranges, child)
        else if ('children' in child) scanContainer(child)
      }
      // Brackets still open: `[x][` counts as `[x]`.
      if (ranges) for (const range of ranges) takeRange(range)
      inner.pop()
    }

    /** Scan a text node's source line by line (continuation prefixes skipped) for brackets. */
    function scanText(ranges: BracketRange[] | undefined, text: Text): BracketRange[] | undefined {
      const start = text.position?.start
      const end = text.position?.end
      if (!isPoint(start) || !isPoint(end)) return ranges
      const startOffset = offsetOf(start)
      const endOffset = offsetOf(end)
      if (startOffset === undefined || endOffset === undefined) return ranges

      const stop = Math.min(endOffset, value.length)
      let lineStart = startOffset
      while (true) {
        let lineEnd = lineStart
        while (lineEnd < stop) {
          const code = value.charCodeAt(lineEnd)
          if (code === 10 /* `\n` */ || code === 13 /* `\r` */) break
          lineEnd++
        }
        ranges = scanLine(ranges, text, lineStart, lineEnd)
        if (lineEnd >= stop) return ranges

        // Skip what the stock rule's `/(\r?\n|\r)[\t ]*(>[\t ]*)*/` matches.
        let index = lineEnd + (value.charCodeAt(lineEnd) === 13 && lineEnd + 1 < stop && value.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
        index = skipSpaceOrTab(index, stop)
        while (index < stop && value.charCodeAt(index) === 62 /* `>` */) index = skipSpaceOrTab(index + 1, stop)
        lineStart = index
      }
    }

    /** The offset after the tabs and spaces at `index`, not past `stop`. */
    function skipSpaceOrTab(index: number, stop: number): number {
      while (index < stop) {
        const code = value.charCodeAt(index)
        if (code !== 9 /* `\t` */ && code !== 32 /* ` ` */) break
        index++
      }
      return index
    }

    /** Match brackets on one line; a line's end ends an escape or a `][`. */
    function scanLine(ranges: BracketRange[] | undefined, text: Text, lineStart: number, lineEnd: number): BracketRange[] | undefined {
      let index = lineStart
      while (index < lineEnd) {
        const code = value.charCodeAt(index)
        if (code === 91 /* `[` */) {
          ranges ??= []
          ranges.push({text, brackets: [index]})
          index++
        } else if (code === 92 /* `\` */) {
          // An escaped bracket.
          index++
          if (index < lineEnd) {
            const next = value.charCodeAt(index)
            if (next === 91 /* `[` */ || next === 93 /* `]` */) index++
          }
        } else if (code === 93 /* `]` */) {
          const range = ranges?.at(-1)
          if (!range) {
            index++
          } else if (index + 1 < lineEnd && value.charCodeAt(index + 1) === 91 /* `[` */ && range.brackets.length !== 3) {
            // `][`: the label of a full or collapsed reference follows.
            index++
            range.brackets.push(index, index)
            index++
          } else {
            index++
            range.brackets.push(index)
            takeRange(range)
            ranges!.pop()
          }
        } else {
          index++
        }
      }
      return ranges
    }

    /** Keep a closed bracket range as a candidate unless it cannot be a message whatever the definitions. */
    function takeRange(range: BracketRange): void {
      const brackets = range.brackets
      // `[` alone.
      if (brackets.length === 1) return
      // `[x][`.
      if (brackets.length === 3) brackets.length = 2
      // `[]`.
      if (brackets.length === 2 && brackets[0]! + 2 === brackets[1]) return

      const open = brackets[0]!
      const label = value.charCodeAt(open - 1) === 33 /* `!` */ ? 'image' : value.charCodeAt(open + 1) === 94 /* `^` */ ? 'footnote' : 'link'
      // `[text][label]` names `label`; `[label]` and `[label][]` name the first.
      const offset = brackets.length === 4 && brackets[2]! + 2 !== brackets[3] ? 2 : 0
      let id = normalizeIdentifier(collapseWhiteSpace(value.slice(brackets[offset]! + 1, brackets[offset + 1]! - 1), collapseOptions))

      if (label === 'footnote') {
        // Footnote labels have no spaces; drop the `^`.
        if (id.includes(' ')) return
        id = id.slice(1)
      }

      if ((allowShortcutLink && brackets.length === 2) || strings.has(id)) return
      candidates.push({ancestors: [...outer, ...inner, range.text], id, label, start: open, end: brackets[brackets.length - 1]!})
    }
  },
}

/** Whether any expression matches, tried in order as `Array#some` would. */
function matchesAny(regexes: readonly RegExp[], id: string): boolean {
  for (const regex of regexes) if (regex.test(id)) return true
  return false
}
