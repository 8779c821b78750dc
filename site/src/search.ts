/**
 * Chinese search for VitePress's local search (MiniSearch).
 *
 * MiniSearch's default tokenizer splits on spaces and punctuation only, so a
 * Chinese paragraph is one long token and a word from its middle is never
 * found (prefix search only matches a token's start). `tokenize` segments text
 * with `Intl.Segmenter` (ICU's dictionary for Chinese, in Node and in every
 * browser), also splits identifiers at `.`/`/`/`:` (`Daemon.ContainerCreate`
 * is one ICU word) and emits every glossary spelling it contains whole, so a
 * term ICU splits (`联合文件系统`) or an English name of several words
 * (`Manager Node`) is still one searchable token. `processTerm`
 * lowercases and adds the glossary synonyms of a term: `image` also indexes
 * and queries `镜像`, and the reverse.
 *
 * VitePress serialises `themeConfig` into the page (`_vp-fn_` + the function's
 * source) and rebuilds the functions in the browser with `new Function`, so
 * the same tokenizer runs at build time (indexing) and in the browser
 * (querying). That is why both functions are made from source text with their
 * data inlined: they must not close over anything.
 */
import type {GlossaryEntry} from '@moby-anatomy/glossary'

/** Functions for `themeConfig.search.options.miniSearch.options`. */
export interface SearchFunctions {
  readonly tokenize: (text: string) => string[]
  readonly processTerm: (term: string) => string | string[] | null
}

/** The synonym sets of the glossary: a term, its aliases and its English names, lowercased. */
export function synonymGroups(glossary: readonly GlossaryEntry[]): string[][] {
  return glossary.map((entry) => [
    ...new Set([entry.term, ...(entry.aliases ?? []), entry.english, ...(entry.englishAliases ?? [])].map((word) => word.toLowerCase())),
  ])
}

/** The tokenizer and term processor, self-contained so VitePress can ship them to the browser. */
export function createSearchFunctions(glossary: readonly GlossaryEntry[]): SearchFunctions {
  // Spellings a segmenter would cut: Chinese terms (`联合文件系统`) and English names of several words (`Manager Node`).
  const wholeTerms = [...new Set(synonymGroups(glossary).flat())].filter((term) => /\p{Script=Han}|\s/u.test(term))
  const synonyms: Record<string, string[]> = {}
  for (const group of synonymGroups(glossary)) {
    for (const word of group) synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...group])]
  }
  const tokenize = new Function(
    'text',
    `const segmenter = (globalThis.__mobyAnatomySegmenter ??= new Intl.Segmenter('zh-CN', {granularity: 'word'}))
const terms = ${JSON.stringify(wholeTerms)}
const tokens = []
for (const {segment, isWordLike} of segmenter.segment(text)) {
  if (!isWordLike) continue
  tokens.push(segment)
  if (/[./:]/.test(segment)) for (const part of segment.split(/[./:]+/)) if (part) tokens.push(part)
}
const lower = text.toLowerCase()
for (const term of terms) if (lower.includes(term)) tokens.push(term)
return tokens`,
  ) as SearchFunctions['tokenize']
  const processTerm = new Function(
    'term',
    `const synonyms = ${JSON.stringify(synonyms)}
const word = term.toLowerCase()
return Object.hasOwn(synonyms, word) ? synonyms[word] : word`,
  ) as SearchFunctions['processTerm']
  return {tokenize, processTerm}
}
