/**
 * Chapter files of a doc set: `NN-标题.md` beside each other in one folder.
 */
import fs from 'node:fs'

/** The default chapter file pattern: two digits, `-`, a title, `.md`. */
export const defaultChapterPattern = /^(\d{2})-(.+)\.md$/

/** A chapter file found in a folder. */
export interface ChapterFile {
  /** File name, such as `03-守护进程核心模块.md`. */
  readonly name: string
  /** Numeric prefix as written, such as `03`. */
  readonly number: string
  /** The title part of the file name, such as `守护进程核心模块`. */
  readonly nameTitle: string
}

/** Split a file name into number and title, or `undefined` when it is no chapter. */
export function parseChapterName(name: string, pattern: RegExp): ChapterFile | undefined {
  const match = pattern.exec(name.normalize('NFC'))
  if (!match?.[1]) return undefined
  return {name: name.normalize('NFC'), number: match[1], nameTitle: match[2] ?? ''}
}

/** Chapter files (regular files or links to them) in `folder`, sorted by name. */
export function listChapters(folder: string, pattern: RegExp): ChapterFile[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(folder, {withFileTypes: true})
  } catch {
    return []
  }
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => parseChapterName(entry.name, pattern))
    .filter((chapter): chapter is ChapterFile => chapter !== undefined)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** Edit distance between two strings (by code point), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a)
  const right = Array.from(b)
  let previous = Array.from({length: right.length + 1}, (_, index) => index)
  for (let i = 1; i <= left.length; i++) {
    const current = [i]
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[right.length] ?? 0
}

/** The closest candidate to `wanted`, or `undefined` when none is close enough. */
export function closest(wanted: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  const limit = Math.max(1, Math.floor(Array.from(wanted).length / 2))
  return bestDistance <= limit ? best : undefined
}
