/**
 * CJK-aware term matching in linear time.
 *
 * Every spelling of every entry (term, aliases, English name and aliases) is
 * normalised (NFKC, lower case) and put in one Aho–Corasick automaton built
 * over the *reversed* spellings. Scanning the reversed text then yields, for
 * each start position of the forward text, every spelling that starts there,
 * longest first. A left-to-right pass takes the longest spelling at each
 * position whose Latin edges sit on word boundaries and skips past it, so
 * `容器运行时` is one use of its own entry, not a use of `容器`, and `Image`
 * does not match inside `ImageService`. Cost: one pass over the text plus the
 * matches found, whatever the number of terms.
 */

/** What the matcher needs of an entry. */
export interface MatchableEntry {
  readonly term: string
  readonly english: string
  readonly aliases?: readonly string[] | undefined
  readonly englishAliases?: readonly string[] | undefined
}

/** One use of an entry in a text: offsets in the normalised text. */
export interface TermMatch {
  readonly entry: number
  readonly start: number
  readonly end: number
}

/** A compiled matcher. */
export interface Matcher {
  /** Non-overlapping uses in `text`, leftmost-longest. */
  scan(text: string): TermMatch[]
  /** The entry a spelling belongs to, if any (normalised comparison). */
  lookup(spelling: string): number | undefined
}

interface State {
  readonly next: Map<number, number>
  fail: number
  /** Entry and length of the spelling ending here (in reversed text), or -1. */
  entry: number
  length: number
  /** Nearest state along failure links that ends a spelling (-1 when none). */
  output: number
}

/** Normalise text the way the matcher compares it: NFKC, lower case. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** Build a matcher for `entries` (index = position in the array). */
export function createMatcher(entries: readonly MatchableEntry[]): Matcher {
  const states: State[] = [{next: new Map(), fail: 0, entry: -1, length: 0, output: -1}]
  const spellings = new Map<string, number>()

  for (const [index, entry] of entries.entries()) {
    const all = [entry.term, ...(entry.aliases ?? []), entry.english, ...(entry.englishAliases ?? [])]
    for (const spelling of all) {
      const normalized = normalize(spelling.trim())
      if (normalized === '' || spellings.has(normalized)) continue
      spellings.set(normalized, index)
      const codes = Array.from(normalized, (character) => character.codePointAt(0) ?? 0).reverse()
      let current = 0
      for (const code of codes) {
        let target = states[current]?.next.get(code)
        if (target === undefined) {
          target = states.length
          states.push({next: new Map(), fail: 0, entry: -1, length: 0, output: -1})
          states[current]?.next.set(code, target)
        }
        current = target
      }
      const state = states[current]
      if (state) {
        state.entry = index
        state.length = codes.length
      }
    }
  }

  // Breadth-first failure and output links.
  const queue: number[] = []
  for (const target of states[0]?.next.values() ?? []) queue.push(target)
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] ?? 0
    const state = states[current]
    if (!state) continue
    for (const [code, target] of state.next) {
      let fallback = state.fail
      while (fallback !== 0 && !states[fallback]?.next.has(code)) fallback = states[fallback]?.fail ?? 0
      const candidate = states[fallback]?.next.get(code)
      const targetState = states[target]
      if (!targetState) continue
      targetState.fail = candidate !== undefined && candidate !== target ? candidate : 0
      const failState = states[targetState.fail]
      targetState.output = failState && failState.entry !== -1 ? targetState.fail : (failState?.output ?? -1)
      queue.push(target)
    }
  }

  return {
    lookup: (spelling) => spellings.get(normalize(spelling.trim())),
    scan(text) {
      const codes = codePoints(normalize(text))
      const count = codes.length
      // Reversed pass: the state reached at each position names, through its
      // output chain, every spelling that starts there, longest first.
      const stateAt = new Int32Array(count)
      let current = 0
      for (let position = count - 1; position >= 0; position--) {
        const code = codes[position] ?? 0
        while (current !== 0 && !states[current]?.next.has(code)) current = states[current]?.fail ?? 0
        current = states[current]?.next.get(code) ?? 0
        stateAt[position] = current
      }
      const matches: TermMatch[] = []
      for (let position = 0; position < count; ) {
        const state = states[stateAt[position] ?? 0]
        let hit = state && state.entry !== -1 ? (stateAt[position] ?? -1) : (state?.output ?? -1)
        while (hit !== -1) {
          const candidate = states[hit]
          if (candidate && onBoundaries(codes, position, position + candidate.length)) break
          hit = candidate?.output ?? -1
        }
        const found = hit === -1 ? undefined : states[hit]
        if (found) {
          matches.push({entry: found.entry, start: position, end: position + found.length})
          position += found.length
        } else position++
      }
      return matches
    },
  }
}

/** The code points of a string. */
function codePoints(text: string): Uint32Array {
  const codes = new Uint32Array(text.length)
  let length = 0
  for (const character of text) codes[length++] = character.codePointAt(0) ?? 0
  return codes.subarray(0, length)
}

/** ASCII letters, digits and underscore (text is lower-cased before matching). */
function isWordCode(code: number | undefined): boolean {
  return code !== undefined && ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f)
}

/** Latin edges of a match must not continue a word; CJK edges need no boundary. */
function onBoundaries(codes: Uint32Array, start: number, end: number): boolean {
  if (isWordCode(codes[start]) && isWordCode(codes[start - 1])) return false
  if (isWordCode(codes[end - 1]) && isWordCode(codes[end])) return false
  return true
}
