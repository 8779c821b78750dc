/**
 * Canonical spellings of product and project names, and deliberate
 * exceptions, read from the glossary and found in text with the glossary
 * matcher (`createMatcher` of `remark-lint-glossary-coverage`): one
 * Aho–Corasick pass per run, case-insensitive, Latin word boundaries.
 */
import {createMatcher, normalize, type Matcher} from '@moby-anatomy/remark-lint-glossary-coverage'

/** What the rule reads of a glossary entry (`GlossaryEntry` of `@moby-anatomy/glossary` fits). */
export interface SpellingEntry {
  /** The entry's term (an entry without names or exceptions adds nothing). */
  readonly term: string
  /** Canonical spellings of product and project names (`containerd`, `GitHub`). */
  readonly names?: readonly string[] | undefined
  /** Spellings kept on purpose: Han and Latin without a space (`API服务器`), or another casing (the command `docker`). */
  readonly exceptions?: readonly string[] | undefined
}

/** A name written in another casing. */
export interface Miscased {
  readonly start: number
  readonly end: number
  readonly written: string
  readonly canonical: string
}

/** What one scan of a text found. */
export interface SpellingsFound {
  /** Uses of names in a casing that is neither canonical nor an exception. */
  readonly miscased: readonly Miscased[]
  /** Where deliberate exceptions written exactly occur. */
  readonly exceptions: ReadonlyArray<{readonly start: number; readonly end: number}>
}

/** The spellings of a glossary, compiled. */
export interface Spellings {
  /** Scan `text` once for names and exceptions. */
  find(text: string): SpellingsFound
}

/** A character outside the ranges that normalise one to one (ASCII, CJK ideographs, CJK and full-width punctuation). */
const oneToOne = /[^\u0000-\u007F\u3000-\u303F\u4E00-\u9FFF\uFF01-\uFF5E]/

/** Full-width Latin letters, which the matcher reads as ASCII (NFKC) and the hint does not. */
const fullWidthLatin = /[\uFF21-\uFF3A\uFF41-\uFF5A]/

/** Characters that make a match part of a path, a host or an identifier (`start.go`, `github.com`, `--docker-x`). */
const pathLike = /[./\\\-_@:#=~$+]/

/** Compile the names and exceptions of `entries`. */
export function compileSpellings(entries: readonly SpellingEntry[]): Spellings {
  const canonical: string[] = []
  const accepted: Array<Set<string>> = []
  const byKey = new Map<string, number>()
  const add = (spelling: string, isName: boolean) => {
    const key = normalize(spelling)
    let index = byKey.get(key)
    if (index === undefined) {
      index = canonical.length
      byKey.set(key, index)
      canonical.push(spelling)
      accepted.push(new Set())
    } else if (isName) canonical[index] = spelling
    accepted[index]?.add(spelling)
  }
  for (const entry of entries) {
    for (const name of entry.names ?? []) add(name, true)
    for (const exception of entry.exceptions ?? []) add(exception, false)
  }
  const names = new Set(entries.flatMap((entry) => (entry.names ?? []).map((name) => normalize(name))))
  const matcher: Matcher | undefined = canonical.length === 0 ? undefined : createMatcher(canonical.map((spelling) => ({term: spelling, english: spelling})))
  const nothing: SpellingsFound = {miscased: [], exceptions: []}
  // A cheap first test: a run that holds no spelling, in any case, skips the matcher.
  const hint = canonical.length === 0 ? undefined : new RegExp(canonical.map((spelling) => spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')
  return {
    find(text) {
      // Most runs hold no Latin letter at all: no name can occur there.
      if (!matcher || !(hint?.test(text) || fullWidthLatin.test(text))) return nothing
      const miscased: Miscased[] = []
      const exceptions: Array<{start: number; end: number}> = []
      for (const use of usesIn(matcher, text)) {
        const written = text.slice(use.start, use.end)
        const spelling = canonical[use.entry] ?? written
        const isName = names.has(normalize(spelling))
        if (accepted[use.entry]?.has(written)) {
          if (!isName) exceptions.push(use)
          continue
        }
        if (!isName || pathLike.test(text[use.start - 1] ?? '') || pathLike.test(text[use.end] ?? '')) continue
        miscased.push({start: use.start, end: use.end, written, canonical: spelling})
      }
      return {miscased, exceptions}
    },
  }
}

/** Matches in `text` with offsets of `text` (the matcher counts code points of its normalised text, which `…` or `ﬁ` lengthen). */
function usesIn(matcher: Matcher, text: string): Array<{readonly entry: number; readonly start: number; readonly end: number}> {
  // Usual case: ASCII, CJK ideographs and CJK or full-width punctuation only, which NFKC and
  // lower-casing map one to one, so the matcher's offsets are offsets of `text`.
  if (!oneToOne.test(text)) return matcher.scan(text)
  let normalized = ''
  const sourceAt: number[] = []
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) ?? 0
    const character = String.fromCodePoint(codePoint)
    const piece = normalize(character)
    for (const _ of piece) sourceAt.push(index)
    normalized += piece
    index += character.length
  }
  sourceAt.push(text.length)
  return matcher.scan(normalized).map((match) => {
    const start = sourceAt[match.start] ?? text.length
    const last = sourceAt[match.end - 1] ?? text.length
    const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1)
    return {entry: match.entry, start, end}
  })
}
