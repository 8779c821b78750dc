/**
 * The typography checks on one run of prose source text, independent of
 * Markdown: the rule feeds it the source of each text node (inline code,
 * code, HTML, URLs and link targets never reach it) and maps the offsets
 * back. Each finding is a range of the run with a reason and, when there is
 * one deterministic repair, the replacement of that range.
 */
import {code} from '@moby-anatomy/rule-kit'
import type {Spellings, SpellingsFound} from './spellings.ts'

/** One finding in a run: `[start, end)` offsets of the run. */
export interface Finding {
  readonly start: number
  readonly end: number
  readonly reason: string
  /** The replacement of `[start, end)`, when the repair is deterministic. */
  readonly expected?: string | undefined
}

/** Han (and kana) characters: the "CJK" side of a spacing boundary. */
const cjk = {test: (character: string | undefined) => character !== undefined && isCjkCode(character.charCodeAt(0))}
/** Whether a text holds a Han or kana character. */
const containsCjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
/** ASCII letters and digits: the "Latin" side. A unit stays with its number (`10%`, `5°C`); `%` after a digit then takes the space (`10% 的`). */
const latin = {test: (character: string | undefined) => character !== undefined && isLatinCode(character.charCodeAt(0))}
/** Full-width punctuation that takes no space beside it. */
const fullWidth = '，。、；：？！（）「」『』《》【】'
/** Half-width marks and their full-width form in a Chinese sentence. */
const toFullWidth: Readonly<Record<string, string>> = {',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）'}
/** Full-width marks and their half-width form in a Latin-only sentence. */
const toHalfWidth: Readonly<Record<string, string>> = {'，': ',', '；': ';', '：': ':', '？': '?', '！': '!', '。': '.', '（': '(', '）': ')'}
/** Marks that are never doubled (`……` and `——` are single marks of two characters, so not here). */
const notRepeated = '，。、；：？！'
/** A URL written as text (not an autolink: GFM needs a space before one): its characters are not prose. */
const urlPattern = /(?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s<>()（）\p{Script=Han}，。；！？、]*/giu
/** What ends a path or key=value token: white space or full-width punctuation. */
const tokenEnd = /[\s，。；：？！、（）「」『』《》【】“”]/
/** A space on either side of a full-width mark: most runs have none, and skip the check. */
const spaceBesideFullWidth = /[ \t\u3000][，。、；：？！（）「」『』《》【】]|[，。、；：？！（）「」『』《》【】][ \t\u3000]/
/** A repeated mark. */
const repeatedMark = /([，。、；：？！])\1/
/** Horizontal white space. */
const blank = /[ \t\u3000]/

/** What a run needs to know about its block. */
export interface RunContext {
  /** Whether the block (paragraph, heading, table cell) holding the run has no CJK character at all: a Latin-only sentence. */
  readonly latinOnly: boolean
  readonly spellings: Spellings
}

/**
 * Whether a UTF-16 code unit is Han or kana: CJK Unified Ideographs and
 * Extension A, Compatibility Ideographs, Hiragana and Katakana, and the high
 * surrogates of the supplementary ideograph planes (U+20000–U+3FFFF).
 * Compared as numbers: this runs for every character of the prose.
 */
function isCjkCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0xd840 && code <= 0xd8bf)
}

/** Whether a UTF-16 code unit is an ASCII letter or digit. */
function isLatinCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
}

/** Every finding in `source`, in order, not overlapping. */
export function scanRun(source: string, context: RunContext): Finding[] {
  const spellings = context.spellings.find(source)
  const neutral = neutralRanges(source, spellings)
  const findings: Finding[] = [
    ...spacing(source, neutral),
    ...(context.latinOnly ? halfWidth(source, neutral) : fullWidthMarks(source, neutral)),
    ...spaceAroundFullWidth(source, neutral),
    ...repeated(source, neutral),
    ...unrenderedStrong(source, neutral),
    ...casing(spellings),
  ]
  findings.sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Finding[] = []
  let end = -1
  for (const finding of findings) {
    // Two findings on one character: keep the first; the second comes back on the next pass.
    if (finding.start < end) continue
    kept.push(finding)
    end = finding.end
  }
  return kept
}

/** Offsets inside URLs, escapes and deliberate spellings: no check looks there. */
function neutralRanges(source: string, spellings: SpellingsFound): Uint8Array {
  const neutral = new Uint8Array(source.length + 1)
  const mark = (start: number, end: number) => neutral.fill(1, start, end)
  // From the second character: the left edge of a URL or a spelling is still a boundary to check.
  if (source.includes('://') || source.includes('www.')) {
    for (const match of source.matchAll(urlPattern)) mark(match.index + 1, match.index + match[0].length)
  }
  // A path or key=value written as text (`plugins/插件ID/config.json`, `plugin=插件ID`): its placeholders are not prose.
  for (const {index} of source.matchAll(/[/=]/g)) {
    if (neutral[index]) continue
    let start = index
    while (start > 0 && !tokenEnd.test(source[start - 1] ?? '')) start--
    let end = index + 1
    while (end < source.length && !tokenEnd.test(source[end] ?? '')) end++
    mark(start + 1, end)
    neutral[index] = 1
  }
  if (source.includes('\\') || source.includes('&')) {
    for (const match of source.matchAll(/\\[!-/:-@[-`{-~]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi)) mark(match.index, match.index + match[0].length)
  }
  for (const span of spellings.exceptions) mark(span.start + 1, span.end)
  return neutral
}

/** Missing space between CJK and Latin letters or digits. */
function* spacing(source: string, neutral: Uint8Array): Generator<Finding> {
  for (let index = 1; index < source.length; index++) {
    if (neutral[index]) continue
    const beforeCode = source.charCodeAt(index - 1)
    const afterCode = source.charCodeAt(index)
    const unit = beforeCode === 0x25 && isLatinCode(source.charCodeAt(index - 2)) && source.charCodeAt(index - 2) <= 0x39
    if (!((isCjkCode(beforeCode) && isLatinCode(afterCode)) || ((isLatinCode(beforeCode) || unit) && isCjkCode(afterCode)))) continue
    const before = source[index - 1] ?? ''
    const after = source[index] ?? ''
    {
      yield {start: index - 1, end: index + 1, reason: `Unexpected missing space between ${code(before)} and ${code(after)}, expected ${code(`${before} ${after}`)}`, expected: `${before} ${after}`}
    }
  }
}

/** Half-width punctuation in a Chinese sentence: after a CJK character. */
function* fullWidthMarks(source: string, neutral: Uint8Array): Generator<Finding> {
  for (const {index} of source.matchAll(/[,;:?!.()]/g)) {
    if (index === 0) continue
    const mark = source[index] ?? ''
    const wide = toFullWidth[mark]
    if (!wide || neutral[index]) continue
    let start = index
    while (start > 0 && blank.test(source[start - 1] ?? '')) start--
    const previous = source[start - 1] ?? ''
    let end = index + 1
    while (end < source.length && blank.test(source[end] ?? '')) end++
    const next = source[end]
    // After CJK, or after a full-width mark (the second of `成功!!` once the first is `！`).
    let chinese = (cjk.test(previous) || fullWidth.includes(previous)) && previous !== '' && start === index
    // `.` between words is a separator (`包名.名称`, `daemon.go`): only a full stop at the end of a run or line.
    if (mark === '.') chinese &&= next === undefined || next === '\n' || next === '\r'
    else if (mark === '(') chinese = (cjk.test(previous) || containsCjk.test(inParentheses(source, index) ?? '')) && inParentheses(source, index) !== undefined
    else if (mark === ')') chinese = closesChineseParenthesis(source, index)
    // Followed by Chinese (or nothing): `方法名: Err` quotes a format, and keeps its colon.
    else chinese &&= next === undefined || next === '\n' || next === '\r' || cjk.test(next) || fullWidth.includes(next) || '!?'.includes(next)
    if (!chinese) continue
    // Spaces beside a full-width mark go with it (not at a line end: that is a hard break).
    const trailing = next === '\n' || next === '\r' ? index + 1 : end
    const leading = mark === '(' || mark === ')' ? start : index
    const written = source.slice(leading, trailing)
    yield {start: leading, end: trailing, reason: `Unexpected half-width ${code(written.trim())} in a Chinese sentence, expected ${code(wide)}`, expected: wide}
  }
}

/** The text between `(` at `open` and its `)` on the same line, or `undefined`. */
function inParentheses(source: string, open: number): string | undefined {
  const close = source.indexOf(')', open)
  const inner = close === -1 ? undefined : source.slice(open + 1, close)
  return inner === undefined || /[()\n]/.test(inner) ? undefined : inner
}

/** Whether `)` at `close` ends a parenthesis that `fullWidthMarks` makes full-width. */
function closesChineseParenthesis(source: string, close: number): boolean {
  const open = source.lastIndexOf('(', close)
  if (open === -1 || inParentheses(source, open) === undefined) return false
  let start = open
  while (start > 0 && blank.test(source[start - 1] ?? '')) start--
  return cjk.test(source[start - 1] ?? '') || containsCjk.test(source.slice(open + 1, close))
}

/** Full-width punctuation in a sentence with no CJK character. */
function* halfWidth(source: string, neutral: Uint8Array): Generator<Finding> {
  for (const {index} of source.matchAll(/[，；：？！。（）]/g)) {
    const mark = source[index] ?? ''
    const narrow = toHalfWidth[mark]
    if (!narrow || neutral[index]) continue
    const next = source[index + 1]
    const previous = source[index - 1]
    const space = (side: string | undefined) => side !== undefined && latin.test(side)
    const replacement = mark === '（' ? `${space(previous) ? ' ' : ''}(` : mark === '）' ? `)${space(next) ? ' ' : ''}` : `${narrow}${space(next) ? ' ' : ''}`
    yield {start: index, end: index + 1, reason: `Unexpected full-width ${code(mark)} in a Latin-only sentence, expected ${code(narrow)}`, expected: replacement}
  }
}

/** Spaces beside full-width punctuation (not at a line start or end). */
function* spaceAroundFullWidth(source: string, neutral: Uint8Array): Generator<Finding> {
  if (!spaceBesideFullWidth.test(source)) return
  for (const match of source.matchAll(/[ \t\u3000]+/g)) {
    const start = match.index
    const end = start + match[0].length
    if (neutral[start]) continue
    const before = source[start - 1]
    const after = source[end]
    if (before === undefined && after === undefined) continue
    if (before === '\n' || before === '\r' || after === '\n' || after === '\r') continue
    const mark = before !== undefined && fullWidth.includes(before) ? before : after !== undefined && fullWidth.includes(after) ? after : undefined
    if (!mark) continue
    const written = `${before ?? ''}${match[0]}${after ?? ''}`
    yield {start, end, reason: `Unexpected space beside full-width ${code(mark)}, expected none: ${code(written)} → ${code(`${before ?? ''}${after ?? ''}`)}`, expected: ''}
  }
}

/** The same punctuation mark twice or more in a row. */
function* repeated(source: string, neutral: Uint8Array): Generator<Finding> {
  if (!repeatedMark.test(source)) return
  for (const match of source.matchAll(/([，。、；：？！])\1+/g)) {
    if (neutral[match.index]) continue
    const mark = match[1] ?? ''
    yield {start: match.index, end: match.index + match[0].length, reason: `Unexpected repeated ${code(match[0])}, expected one ${code(mark)}`, expected: mark}
  }
}

/** `**` left in text: a strong delimiter the parser did not pair (such as `**术语，**的`). */
function* unrenderedStrong(source: string, neutral: Uint8Array): Generator<Finding> {
  if (!source.includes('**')) return
  for (const match of source.matchAll(/\*\*+/g)) {
    if (neutral[match.index]) continue
    yield {
      start: match.index,
      end: match.index + match[0].length,
      reason: `Unexpected ${code(match[0])} that does not render as emphasis, expected it paired and outside punctuation (\`**术语**，\`, not \`**术语，**\`)`,
    }
  }
}

/** Product and project names in another casing than their canonical one. */
function* casing(spellings: SpellingsFound): Generator<Finding> {
  for (const use of spellings.miscased) {
    yield {start: use.start, end: use.end, reason: `Unexpected ${code(use.written)}, expected ${code(use.canonical)}`, expected: use.canonical}
  }
}
