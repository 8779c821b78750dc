/**
 * Resolve the link of a navigation-table row to a chapter file, and describe
 * what is wrong with it when it does not lead to one.
 */
import path from 'node:path'
import {closest, parseChapterName, type ChapterFile, type DocCache} from '@moby-anatomy/markdown-helpers'
import {code} from '@moby-anatomy/rule-kit'
import type {Settings} from './rule.ts'

/** Where a row's link leads. */
export type Target =
  | {readonly ok: true; readonly chapter: ChapterFile; readonly title: string | undefined; readonly problem: string | undefined}
  | {
      readonly ok: false
      readonly problem: string
      readonly suggestion: ChapterFile | undefined
      /** The chapter the link names, when its name is one, so the row still counts as listing it. */
      readonly named?: ChapterFile | undefined
    }

/** The folder of a navigation table: its chapters, the rule's settings and the run's documents. */
export interface ChapterFolder {
  readonly folder: string
  /** The file holding the table, by name. */
  readonly tableFile: string
  readonly chapters: readonly ChapterFile[]
  readonly settings: Settings
  readonly docs: DocCache
}

/** Resolve `url` (as written in the link) against the table's folder. */
export function resolveTarget(url: string, place: ChapterFolder): Target {
  const beside = `expected a chapter file beside ${code(place.tableFile)}`
  if (url.trim() === '') return {ok: false, problem: `Unexpected empty link, ${beside}`, suggestion: undefined}
  if (/^[a-z][a-z\d+.-]*:/i.test(url)) {
    return {ok: false, problem: `Unexpected URL ${code(url)}, expected a relative link to a chapter file`, suggestion: undefined}
  }
  if (url.startsWith('/') || url.startsWith('\\')) {
    return {ok: false, problem: `Unexpected absolute path ${code(url)}, expected a path relative to ${code(place.tableFile)}`, suggestion: undefined}
  }
  const withoutFragment = url.replace(/[?#].*$/, '')
  let decoded: string
  try {
    decoded = decodeURIComponent(withoutFragment).normalize('NFC')
  } catch {
    return {ok: false, problem: `Unexpected malformed percent-encoding in ${code(url)}, ${beside}`, suggestion: undefined}
  }
  const resolved = path.resolve(place.folder, decoded)
  const relative = path.relative(place.folder, resolved)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return {ok: false, problem: `Unexpected link ${code(url)} leaving the table's folder, ${beside}`, suggestion: undefined}
  }
  const chapter = parseChapterName(relative, place.settings.chapterPattern)
  // A chapter that is a symbolic link out of the doc set is not read (its content is not ours to show).
  const loaded = place.docs.loadTitle(resolved, place.folder)
  if (!loaded.ok) {
    const candidate = suggest(decoded, place)
    const suggestion = candidate?.name === path.basename(decoded) ? undefined : candidate
    const hint = suggestion ? `: did you mean ${code(suggestion.name)}?` : ''
    const kind = {
      missing: 'missing file',
      'broken-symlink': 'broken symbolic link',
      folder: 'folder',
      'not-utf8': 'file that is not UTF-8',
      unreadable: 'unreadable file',
    }[loaded.failure]
    const expected = loaded.failure === 'not-utf8' ? 'expected UTF-8 text' : 'expected an existing chapter file'
    const named = relative.includes(path.sep) ? undefined : chapter
    return {ok: false, problem: `Unexpected link to ${kind} ${code(decoded)}, ${expected}${hint}`, suggestion, named}
  }
  if (!chapter || relative.includes(path.sep)) {
    return {ok: false, problem: `Unexpected link to ${code(decoded)}, ${beside} named like \`NN-标题.md\``, suggestion: undefined}
  }
  const heading = loaded.heading
  if (!heading) {
    return {
      ok: true,
      chapter,
      title: undefined,
      problem: `Unexpected chapter ${code(chapter.name)} without a level-1 heading, expected \`# ${place.settings.titlePrefix}…\``,
    }
  }
  if (!heading.text.startsWith(place.settings.titlePrefix)) {
    return {
      ok: true,
      chapter,
      title: undefined,
      problem: `Unexpected heading ${code(heading.text)} in ${code(chapter.name)}, expected it to start with ${code(place.settings.titlePrefix)}`,
    }
  }
  return {ok: true, chapter, title: heading.text.slice(place.settings.titlePrefix.length).trim(), problem: undefined}
}

/** The title of a chapter as the table should show it: its H1 without the prefix, else its file-name title. */
/**
 * The ASCII punctuation the chapter's H1 writes backslash-escaped (`器\\?`).
 * A table that mirrors the title escapes the same characters, so a rule that
 * leaves escaped characters alone (cjk-typography) treats both copies alike.
 */
export function escapedInTitle(chapter: ChapterFile, {folder, docs}: ChapterFolder): ReadonlySet<string> {
  const loaded = docs.loadTitle(path.join(folder, chapter.name), folder)
  if (!loaded.ok) return new Set()
  const start = loaded.heading?.node.position?.start.offset
  const end = loaded.heading?.node.position?.end.offset
  if (start === undefined || end === undefined) return new Set()
  return new Set([...loaded.text.slice(start, end).matchAll(/\\([!-/:-@[-`{-~])/g)].map((match) => match[1]!))
}

export function chapterTitle(chapter: ChapterFile, {folder, docs, settings: {titlePrefix}}: ChapterFolder): string {
  const loaded = docs.loadTitle(path.join(folder, chapter.name), folder)
  if (!loaded.ok) return chapter.nameTitle
  const heading = loaded.heading
  return heading?.text.startsWith(titlePrefix) ? heading.text.slice(titlePrefix.length).trim() : chapter.nameTitle
}

/** A chapter to suggest for a wrong name: same number first, then the closest name. */
export function suggest(wanted: string, {chapters, settings}: ChapterFolder): ChapterFile | undefined {
  const wantedChapter = parseChapterName(path.basename(wanted), settings.chapterPattern)
  const sameNumber = wantedChapter && chapters.find((chapter) => chapter.number === wantedChapter.number)
  if (sameNumber) return sameNumber
  const name = closest(path.basename(wanted), chapters.map((chapter) => chapter.name))
  return chapters.find((chapter) => chapter.name === name)
}
