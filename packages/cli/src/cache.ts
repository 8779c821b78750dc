/**
 * `doc-lint --cache`: a per-file cache of findings in
 * `node_modules/.cache/doc-lint/lint.json` under the working folder.
 *
 * A file's findings are replayed (not re-linted) only when all of these are
 * unchanged:
 * - the run: the preset options (the glossary data included), the limits, the
 *   settings of the doc set (`docSetDefaults`), and the code of the rules: a
 *   package installed from a registry by its version, a workspace package
 *   (linked, edited in place) by the hash of its files;
 * - the file's bytes;
 * - what its rules read from other files: the `refs.lock.json` and
 *   `examples.lock.json` from its folder up to its package (every file); the
 *   listing of its folder and the beginning of every chapter up to its H1
 *   (a file that may hold a navigation table); the package's `package.json`,
 *   `CHANGELOG.md` and today's date as version-history sees it (a file that
 *   may hold the version-history table); every chapter of its folder, whole
 *   (a file that may hold a glossary table, when glossary-coverage is on: it
 *   reports entries no chapter uses).
 *
 * The tests for "may hold" are loose on purpose (every header cell occurs
 * somewhere in the text): a needless re-lint costs time, a missed one a wrong
 * report. A cache file that cannot be read or parsed is ignored with one line.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {defaultSkipFolders, FileError, oneLine, writeInside, type Limits} from '@moby-anatomy/doc-files'
import {defaultChapterPattern, parseChapterName} from '@moby-anatomy/markdown-helpers'
import remarkLintGlossaryCoverage from '@moby-anatomy/remark-lint-glossary-coverage'
import remarkLintNavTable from '@moby-anatomy/remark-lint-nav-table'
import remarkLintVersionHistory from '@moby-anatomy/remark-lint-version-history'
import {docSetDefaults, type PresetOptions} from '@moby-anatomy/remark-preset'
import type {StoredMessage} from './stored-message.ts'

/** Bumped when the shape of the cache file or of a key changes (2: findings stored sorted by place). */
const cacheVersion = 2

interface CacheData {
  readonly version: number
  readonly run: string
  readonly files: Record<string, {readonly key: string; readonly messages: readonly StoredMessage[]}>
}

const hash = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex')

/** The cache of one run: look files up, record the linted ones, save once at the end. */
export class LintCache {
  readonly location: string
  private readonly cwd: string
  private readonly run: string
  private readonly previous: CacheData['files']
  private readonly next: Record<string, CacheData['files'][string]> = {}
  private readonly facts: FileFacts
  /** Files whose findings were replayed. */
  hits = 0

  /** Open the cache under `cwd` for a run with these options; `warn` gets one line when the old cache is unusable. */
  constructor(options: {cwd: string; preset: PresetOptions; limits: Limits; warn: (line: string) => void}) {
    this.cwd = options.cwd
    this.location = path.join(options.cwd, 'node_modules', '.cache', 'doc-lint', 'lint.json')
    this.run = runKey(options.preset, options.limits)
    this.facts = new FileFacts(options.preset)
    this.previous = {}
    let raw: string | undefined
    try {
      raw = fs.readFileSync(this.location, 'utf8')
    } catch {
      // No cache yet (or unreadable): lint everything.
    }
    if (raw === undefined) return
    const data = parseCache(raw)
    if (!data) options.warn(`doc-lint: ignoring the cache ${oneLine(path.relative(options.cwd, this.location))}: not a doc-lint cache (it will be rewritten)`)
    else if (data.version === cacheVersion && data.run === this.run) this.previous = data.files
  }

  /** The key of `file` with content `value`: its bytes and the facts its rules read. */
  keyOf(file: string, value: string): string {
    return hash(`${hash(value)}\n${this.facts.of(file, value)}`)
  }

  /** The stored findings of `file` (absolute path) when its key is unchanged, else undefined: lint it. */
  replay(file: string, key: string): StoredMessage[] | undefined {
    const name = this.name(file)
    const entry = this.previous[name]
    if (entry?.key !== key) return undefined
    this.next[name] = entry
    this.hits += 1
    return [...entry.messages]
  }

  /** Record the findings of a linted file (absolute path). */
  record(file: string, key: string, messages: readonly StoredMessage[]): void {
    this.next[this.name(file)] = {key, messages}
  }

  /** Write the cache atomically; a failure is one line, not an error of the run. */
  save(warn: (line: string) => void): void {
    // Files this run did not lint (`--changed`, one folder of several) keep their entries while they exist.
    for (const [name, entry] of Object.entries(this.previous)) {
      if (!Object.hasOwn(this.next, name) && fs.existsSync(path.resolve(this.cwd, name))) this.next[name] = entry
    }
    const data: CacheData = {version: cacheVersion, run: this.run, files: this.next}
    try {
      fs.mkdirSync(path.dirname(this.location), {recursive: true})
      writeInside(this.location, `${JSON.stringify(data)}\n`, {root: this.cwd})
    } catch (error) {
      const reason = error instanceof FileError ? error.relativeTo(this.cwd) : error instanceof Error ? error.message : String(error)
      warn(`doc-lint: could not write the cache: ${oneLine(reason)}`)
    }
  }

  private name(file: string): string {
    return path.relative(this.cwd, path.resolve(this.cwd, file)).split(path.sep).join('/')
  }
}

/** The cache data in `raw`, or undefined when it is not a cache of this shape. */
function parseCache(raw: string): CacheData | undefined {
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return undefined
  }
  if (typeof data !== 'object' || data === null) return undefined
  const {version, run, files} = data as Partial<CacheData>
  if (typeof version !== 'number' || typeof run !== 'string' || typeof files !== 'object' || files === null) return undefined
  for (const entry of Object.values(files)) {
    if (typeof entry !== 'object' || entry === null || typeof entry.key !== 'string' || !Array.isArray(entry.messages)) return undefined
    if (!entry.messages.every((message) => typeof message === 'object' && message !== null && typeof message.reason === 'string')) return undefined
  }
  return {version, run, files}
}

/** The key of the run: options, limits, doc-set settings and the code of the rules. */
function runKey(preset: PresetOptions, limits: Limits): string {
  const {docCache: _docCache, ...options} = preset
  const replacer = (_key: string, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value)
  return hash(JSON.stringify({options, limits, docSetDefaults, code: codeFingerprint()}, replacer))
}

let codeFingerprintMemo: string | undefined

/**
 * doc-lint's package and every package it depends on, recursively through
 * the `@moby-anatomy/` ones: a package under `node_modules` (installed) by
 * name and version, a workspace package by the hash of its files as well.
 */
function codeFingerprint(): string {
  if (codeFingerprintMemo !== undefined) return codeFingerprintMemo
  const seen = new Map<string, string>()
  const visit = (folder: string) => {
    const real = fs.realpathSync(folder)
    if (seen.has(real)) return
    const manifest = JSON.parse(fs.readFileSync(path.join(real, 'package.json'), 'utf8')) as {name?: string; version?: string; dependencies?: Record<string, string>}
    const installed = real.split(path.sep).includes('node_modules')
    seen.set(real, `${manifest.name ?? ''}@${manifest.version ?? ''}${installed ? '' : ` ${filesHash(real)}`}`)
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      const dependency = packageFolder(name, real)
      if (dependency === undefined) seen.set(`${real}>${name}`, `${name} missing`)
      else if (name.startsWith('@moby-anatomy/')) visit(dependency)
      else {
        const version = (JSON.parse(fs.readFileSync(path.join(dependency, 'package.json'), 'utf8')) as {version?: string}).version
        seen.set(fs.realpathSync(dependency), `${name}@${version ?? ''}`)
      }
    }
  }
  visit(fileURLToPath(new URL('..', import.meta.url)))
  codeFingerprintMemo = hash([...seen.values()].sort().join('\n'))
  return codeFingerprintMemo
}

/** Where `name` is installed as seen from `from` (Node's lookup through `node_modules` folders). */
function packageFolder(name: string, from: string): string | undefined {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'node_modules', name)
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate
    if (path.dirname(folder) === folder) return undefined
  }
}

/** The hash of a workspace package's files (its sources and build output; not its dependencies). */
function filesHash(folder: string): string {
  const digest = createHash('sha256')
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) digest.update(`${path.relative(folder, full)}\0`).update(fs.readFileSync(full)).update('\0')
    }
  }
  walk(folder)
  return digest.digest('hex')
}

/** What a file's rules read from other files, memoized per folder for one run. */
class FileFacts {
  private readonly navHeader: readonly string[]
  private readonly historyHeader: readonly string[]
  /** `undefined` when glossary-coverage is off. */
  private readonly glossaryHeader: readonly string[] | undefined
  private readonly folders = new Map<string, string>()
  private readonly chapterTexts = new Map<string, string>()
  private readonly locks = new Map<string, string>()
  private readonly packages = new Map<string, string>()

  constructor(preset: PresetOptions) {
    this.navHeader = remarkLintNavTable.settings(preset.navTable || undefined).header
    this.historyHeader = remarkLintVersionHistory.settings(preset.versionHistory || undefined).header
    // The header is all the cache needs; the glossary itself is part of the run's key.
    this.glossaryHeader = preset.glossaryCoverage === false ? undefined : (preset.glossaryCoverage?.header ?? remarkLintGlossaryCoverage.settings({glossary: []}).header)
  }

  of(file: string, text: string): string {
    const folder = path.dirname(file)
    const parts = [`locks ${this.lockChain(folder)}`]
    if (mayHold(text, this.navHeader)) parts.push(`folder ${this.folder(folder)}`)
    if (mayHold(text, this.historyHeader)) parts.push(`package ${this.package(folder)}`)
    if (this.glossaryHeader && mayHold(text, this.glossaryHeader)) parts.push(`chapters ${this.chapters(folder)}`)
    return parts.join('\n')
  }

  /** The locks source-refs and go-examples may read: from `folder` up to its package folder. */
  private lockChain(folder: string): string {
    let known = this.locks.get(folder)
    if (known === undefined) {
      const here = ['refs.lock.json', 'examples.lock.json'].map((name) => `${name}:${fileHash(path.join(folder, name))}`).join(' ')
      const parent = path.dirname(folder)
      const top = fs.existsSync(path.join(folder, 'package.json')) || parent === folder
      known = top ? here : `${here}\n${this.lockChain(parent)}`
      this.locks.set(folder, known)
    }
    return known
  }

  /** The listing of `folder` and, per chapter, its text up to its H1: what the navigation table is checked against. */
  private folder(folder: string): string {
    let known = this.folders.get(folder)
    if (known === undefined) {
      let entries: fs.Dirent[] = []
      try {
        entries = fs.readdirSync(folder, {withFileTypes: true})
      } catch {
        // An unreadable folder: its listing is empty, as the rule sees it.
      }
      const names = entries.map((entry) => entry.name).filter((name) => !defaultSkipFolders.includes(name)).sort()
      const lines: string[] = []
      for (const name of names) {
        const full = path.join(folder, name)
        const kind = fs.statSync(full, {throwIfNoEntry: false})
        lines.push(`${name} ${kind?.isFile() ? 'file' : kind?.isDirectory() ? 'folder' : 'other'}`)
        if (kind?.isFile() && parseChapterName(name, defaultChapterPattern)) lines.push(hash(upToFirstHeading(readText(full))))
      }
      known = hash(lines.join('\n'))
      this.folders.set(folder, known)
    }
    return known
  }

  /** Every chapter of `folder`, whole: glossary-coverage looks for each entry in their prose. */
  private chapters(folder: string): string {
    let known = this.chapterTexts.get(folder)
    if (known === undefined) {
      let names: string[] = []
      try {
        names = fs.readdirSync(folder).filter((name) => parseChapterName(name, defaultChapterPattern)).sort()
      } catch {
        // An unreadable folder has no chapters, as the rule sees it.
      }
      known = hash(names.map((name) => `${name} ${fileHash(path.join(folder, name))}`).join('\n'))
      this.chapterTexts.set(folder, known)
    }
    return known
  }

  /** The nearest `package.json`, the `CHANGELOG.md` beside it, and the day version-history calls today. */
  private package(folder: string): string {
    let known = this.packages.get(folder)
    if (known === undefined) {
      let top = folder
      while (!fs.existsSync(path.join(top, 'package.json')) && path.dirname(top) !== top) top = path.dirname(top)
      // version-history's `now` defaults to the run's time, read as the day in UTC+14.
      const today = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10)
      known = `${top} ${fileHash(path.join(top, 'package.json'))} ${fileHash(path.join(top, 'CHANGELOG.md'))} ${today}`
      this.packages.set(folder, known)
    }
    return known
  }
}

/** Whether every header cell occurs somewhere in `text` (a loose test: when in doubt, depend). */
function mayHold(text: string, header: readonly string[]): boolean {
  return header.every((cell) => text.includes(cell))
}

/**
 * The text of a chapter up to and including its first `# ` line outside a
 * fence (the whole text without one): its H1, and anything before it that
 * could be one (a setext heading, front matter).
 */
function upToFirstHeading(text: string): string {
  const lines = text.split('\n')
  let fence: string | undefined
  for (const [index, line] of lines.entries()) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === undefined ? marker : undefined
    else if (fence === undefined && /^ {0,3}#(?:[ \t]|$)/.test(line)) return lines.slice(0, index + 1).join('\n')
  }
  return text
}

/** The hash of a file's bytes, or `none` when it cannot be read. */
function fileHash(file: string): string {
  try {
    return hash(fs.readFileSync(file))
  } catch {
    return 'none'
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}
