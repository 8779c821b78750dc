/**
 * The one place rules read other Markdown files, and the bridge that lets a
 * whole lint run parse each file once.
 *
 * - `DocCache#load(path)` reads a file (once while its inode, size and mtime
 *   stay the same), insists on UTF-8, and parses it. Only regular files within
 *   the per-file limits (`defaultLimits` of `@moby-anatomy/doc-files`: size,
 *   and nesting, checked before parsing) are read; with a `root`, a file whose
 *   real path is outside it (a symbolic link out of the doc set) is not read.
 * - `remarkParseOnce` (first plugin of the preset) wraps the processor's
 *   parser: a file the loader already parsed is not parsed again when the
 *   engine reaches it, and a file the engine parsed first is reused by the
 *   loader. The loader parses with the engine's own parser once it has seen
 *   one, so both get the same tree for the same syntax extensions.
 *
 * Trees the loader parsed ahead of the engine are held until the engine
 * claims them; after that, and for trees the engine parsed, only a weak
 * reference is kept, so the cache never keeps a corpus of trees alive.
 */
import fs from 'node:fs'
import path from 'node:path'
import {defaultLimits, formatBytes, isInside, isSymbolicLink, nestingDepth} from '@moby-anatomy/doc-files'
import type {Heading, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {remarkGfmOneWalk} from './gfm.ts'
import {remarkParseInSections} from './sections.ts'
import {plainText} from './tables.ts'

/** Why a document could not be loaded. */
export type LoadFailure = 'missing' | 'broken-symlink' | 'folder' | 'not-utf8' | 'unreadable'

/** A document's first level-1 heading (see `DocCache#loadTitle`), or the reason it could not be read. */
export type TitledDoc =
  | {readonly ok: true; readonly path: string; readonly text: string; readonly heading: {readonly node: Heading; readonly text: string} | undefined}
  | {readonly ok: false; readonly path: string; readonly failure: LoadFailure; readonly detail: string}

/** A loaded document, or the reason it could not be loaded. */
export type LoadedDoc =
  | {readonly ok: true; readonly path: string; readonly text: string; readonly tree: Root}
  | {readonly ok: false; readonly path: string; readonly failure: LoadFailure; readonly detail: string}

type Read = {readonly stamp: string; readonly text: string} | {readonly stamp: string; readonly failure: LoadFailure; readonly detail: string}

interface TreeEntry {
  readonly text: string
  /** Held until the engine claims a tree the loader parsed first. */
  strong: Root | undefined
  readonly weak: WeakRef<Root>
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/** The parser used until an engine's parser is known: CommonMark, GFM, YAML and TOML front matter (large documents by sections, to the same tree). */
export const markdownParser = unified().use(remarkParse).use(remarkParseInSections).use(remarkGfmOneWalk).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

/** Parse Markdown text on its own, outside a run (fixers, scripts): `markdownParser`, no cache. */
export function parseMarkdown(text: string): Root {
  return markdownParser.parse(text)
}

/**
 * The documents of one lint run: each file read while its inode, size and
 * mtime stay the same, each text parsed once. The engine (or the preset)
 * owns one and hands it to the rules; a test makes a fresh one. A long run
 * calls `release()` between its parts (`doc-lint` does after each slice of
 * files), so what it holds is bounded by a part, not by the whole run.
 */
export class DocCache {
  readonly #reads = new Map<string, Read>()
  readonly #trees = new Map<string, TreeEntry>()
  #parser: ((text: string) => Root) | undefined
  #parseCount = 0

  /**
   * How many documents this cache parsed with its own parser. Parses made with
   * the engine's parser (after `remarkParseOnce` ran) are the engine's to
   * count: wrap the processor's parser before the preset to see them.
   */
  get parseCount(): number {
    return this.#parseCount
  }

  /** Parse Markdown the way the lint run does: with the engine's parser once known, else `markdownParser`. */
  parse(text: string): Root {
    if (this.#parser) return this.#parser(text)
    this.#parseCount++
    return markdownParser.parse(text)
  }

  /**
   * Load a Markdown file by absolute path: read once while unchanged, parsed
   * once per run. With `root`, a file whose real path is outside it (a
   * symbolic link that leads out of the doc set) is not read.
   */
  load(filePath: string, root?: string): LoadedDoc {
    const read = this.#readChecked(filePath, root)
    if (!read.ok) return read
    let tree = this.#treeFor(filePath, read.text)
    if (!tree) {
      tree = this.parse(read.text)
      this.#trees.set(filePath, {text: read.text, strong: tree, weak: new WeakRef(tree)})
    }
    return {ok: true, path: filePath, text: read.text, tree}
  }

  /**
   * Read and parse a file as `load` does, but remember nothing of it: for a
   * caller that reads each file once in a loop (check-links). A tree `load`
   * remembers has a `WeakRef`, and V8 keeps a WeakRef's target alive until
   * the current job ends, so a synchronous loop over a doc set kept every tree.
   */
  loadTransient(filePath: string, root?: string): LoadedDoc {
    const read = this.#readChecked(filePath, root)
    if (!read.ok) return read
    return {ok: true, path: filePath, text: read.text, tree: this.#treeFor(filePath, read.text) ?? this.parse(read.text)}
  }

  /**
   * The first level-1 heading of a Markdown file (as `firstHeading` finds it
   * in the whole tree), parsing only the text up to its line: a table of
   * chapters needs their titles, and holding every sibling's tree made a
   * folder's memory the sum of its chapters'. The whole file is parsed (and
   * kept, as `load` does) only when the beginning cannot tell: no such line,
   * or a title with brackets (a reference defined further down).
   */
  loadTitle(filePath: string, root?: string): TitledDoc {
    const read = this.#readChecked(filePath, root)
    if (!read.ok) return read
    const known = this.#treeFor(filePath, read.text)
    const beginning = known ? undefined : upToFirstHeading(read.text)
    if (beginning !== undefined && beginning !== read.text) {
      const heading = firstHeading(this.parse(beginning))
      if (heading && !/[[\]]/.test(read.text.slice(heading.node.position?.start.offset ?? 0, heading.node.position?.end.offset ?? 0))) {
        return {ok: true, path: filePath, text: read.text, heading}
      }
    }
    const loaded = this.load(filePath, root)
    return loaded.ok ? {ok: true, path: filePath, text: loaded.text, heading: firstHeading(loaded.tree)} : loaded
  }

  /** Read a file within the limits (see `load`), its text or why not. */
  #readChecked(filePath: string, root: string | undefined): {readonly ok: true; readonly text: string} | Extract<LoadedDoc, {ok: false}> {
    if (root !== undefined && leadsOutOf(filePath, root)) {
      return {ok: false, path: filePath, failure: 'unreadable', detail: 'is a symbolic link out of the doc set'}
    }
    const stat = statOrFailure(filePath)
    if ('failure' in stat) return {ok: false, path: filePath, ...stat}
    const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`
    let read = this.#reads.get(filePath)
    if (read?.stamp !== stamp) {
      read = readText(filePath, stamp)
      this.#reads.set(filePath, read)
    }
    if ('failure' in read) return {ok: false, path: filePath, failure: read.failure, detail: read.detail}
    // Checked before parsing: nesting this deep would overflow the parser's stack.
    const depth = nestingDepth(read.text)
    if (depth > defaultLimits.maxNesting) {
      return {ok: false, path: filePath, failure: 'unreadable', detail: `is nested ${depth} levels deep, past the nesting limit of ${defaultLimits.maxNesting}`}
    }
    return {ok: true, text: read.text}
  }

  /**
   * Share parsing with an engine: from now on `parse` uses `parse`, and the
   * returned parser reuses a tree this cache already holds for the same path
   * and text (and remembers the trees it makes).
   */
  shareParser(parse: (document: string, file: VFile | undefined) => Root): (document: string, file: VFile | undefined) => Root {
    this.#parser ??= (text) => parse(text, undefined)
    return (document, file) => {
      const filePath = file?.path ? path.resolve(file.cwd, file.path) : undefined
      const entry = filePath ? this.#trees.get(filePath) : undefined
      const known = entry?.text === document ? (entry.strong ?? entry.weak.deref()) : undefined
      if (known && entry) {
        entry.strong = undefined
        return known
      }
      const tree = parse(document, file)
      if (filePath) this.#trees.set(filePath, {text: document, strong: undefined, weak: new WeakRef(tree)})
      return tree
    }
  }

  /**
   * Forget every text read and tree parsed (the engine's parser stays): a
   * file read again afterwards is read and parsed again.
   */
  release(): void {
    this.#reads.clear()
    this.#trees.clear()
  }

  /** A tree already parsed from exactly this text, if still alive. */
  #treeFor(filePath: string, text: string): Root | undefined {
    const entry = this.#trees.get(filePath)
    if (entry?.text !== text) return undefined
    return entry.strong ?? entry.weak.deref()
  }
}

/** Options of `remarkParseOnce`. */
export interface ParseOnceOptions {
  /** The cache of the run, shared with the rules through the processor's data. */
  readonly cache: DocCache
}

declare module 'unified' {
  interface Data {
    /** The documents of the lint run (set by `remarkParseOnce`, read by the rules). */
    docCache?: DocCache | undefined
  }
}

/**
 * unified plugin: parse each file of a run once, sharing trees with
 * `cache.load`, and hand the cache to the rules (`this.data('docCache')`).
 * Use it right after the parser (the preset puts it first).
 */
export function remarkParseOnce(this: Processor, options: ParseOnceOptions): undefined {
  this.data('docCache', options.cache)
  const parse = this.parser
  if (!parse) return
  this.parser = options.cache.shareParser((document, file) => parse(document, file as VFile) as Root)
}

/**
 * The text of a chapter up to and including its first `# ` line outside a
 * fence (the whole text without one): its H1, and anything before it that
 * could be one (a setext heading, front matter).
 */
export function upToFirstHeading(text: string): string {
  const lines = text.split('\n')
  let fence: string | undefined
  for (const [index, line] of lines.entries()) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === undefined ? marker : undefined
    else if (fence === undefined && /^ {0,3}#(?:[ \t]|$)/.test(line)) return lines.slice(0, index + 1).join('\n')
  }
  return text
}

/** The text of the first level-1 heading, with its node, if any. */
export function firstHeading(tree: Root): {readonly node: Heading; readonly text: string} | undefined {
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) return {node, text: plainText(node)}
  }
  return undefined
}

/** Stat a path, telling a missing file from a broken symlink and a folder. */
function statOrFailure(filePath: string): fs.Stats | {failure: LoadFailure; detail: string} {
  try {
    const stat = fs.statSync(filePath)
    if (stat.isDirectory()) return {failure: 'folder', detail: 'is a folder'}
    if (!stat.isFile()) return {failure: 'unreadable', detail: 'is not a regular file'}
    if (stat.size > defaultLimits.maxBytes) return {failure: 'unreadable', detail: `is larger than ${formatBytes(defaultLimits.maxBytes)} (the file-size limit)`}
    return stat
  } catch (error) {
    const errorCode = (error as NodeJS.ErrnoException).code
    if (errorCode === 'ENOENT' && isSymbolicLink(filePath)) {
      return {failure: 'broken-symlink', detail: 'is a symbolic link to nothing'}
    }
    if (errorCode === 'ENOENT' || errorCode === 'ENOTDIR') return {failure: 'missing', detail: 'does not exist'}
    return {failure: 'unreadable', detail: `cannot be read (${errorCode ?? 'unknown error'})`}
  }
}

/** Whether the real path of `filePath` exists and is outside the real path of `root`. */
function leadsOutOf(filePath: string, root: string): boolean {
  try {
    return !isInside(fs.realpathSync(root), fs.realpathSync(filePath))
  } catch {
    return false
  }
}


/** Read bytes and insist on UTF-8. */
function readText(filePath: string, stamp: string): Read {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(filePath)
  } catch (error) {
    return {stamp, failure: 'unreadable', detail: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`}
  }
  try {
    return {stamp, text: strictUtf8.decode(bytes)}
  } catch {
    return {stamp, failure: 'not-utf8', detail: 'is not valid UTF-8'}
  }
}
