/**
 * The one place rules read other Markdown files, and the bridge that lets a
 * whole lint run parse each file once.
 *
 * - `loadDoc(path)` reads a file (once while its inode, size and mtime stay
 *   the same), insists on UTF-8, and parses it.
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
import {defaultLimits, formatBytes, isInside} from '@moby-anatomy/doc-files'
import type {Heading, Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {plainText} from './tables.ts'

/** Why a document could not be loaded. */
export type LoadFailure = 'missing' | 'broken-symlink' | 'folder' | 'not-utf8' | 'unreadable'

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

const reads = new Map<string, Read>()
const trees = new Map<string, TreeEntry>()
const fallbackParser = unified().use(remarkParse).use(remarkGfm).freeze()
let sharedParser: ((text: string) => Root) | undefined
const strictUtf8 = new TextDecoder('utf-8', {fatal: true})
let parseCount = 0

/** Parse Markdown the way the lint run does: with the engine's parser once known, else CommonMark + GFM. */
export function parseMarkdown(text: string): Root {
  if (sharedParser) return sharedParser(text)
  parseCount++
  return fallbackParser.parse(text)
}

/**
 * How many documents the loader parsed with its own parser since start. Parses
 * made with the engine's parser (after `remarkParseOnce` ran) are the engine's
 * to count: wrap the processor's parser before the preset to see them.
 */
export function loaderParseCount(): number {
  return parseCount
}

/** Forget every cached read and tree (for long-lived processes and tests). */
export function clearDocCache(): void {
  reads.clear()
  trees.clear()
  sharedParser = undefined
}

/**
 * Load a Markdown file by absolute path: read once while unchanged, parsed
 * once per run. With `root`, a file whose real path is outside it (a symbolic
 * link that leads out of the doc set) is not read.
 */
export function loadDoc(filePath: string, root?: string): LoadedDoc {
  if (root !== undefined && leadsOutOf(filePath, root)) {
    return {ok: false, path: filePath, failure: 'unreadable', detail: 'is a symbolic link out of the doc set'}
  }
  const stat = statOrFailure(filePath)
  if ('failure' in stat) return {ok: false, path: filePath, ...stat}
  const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`
  let read = reads.get(filePath)
  if (read?.stamp !== stamp) {
    read = readText(filePath, stamp)
    reads.set(filePath, read)
  }
  if ('failure' in read) return {ok: false, path: filePath, failure: read.failure, detail: read.detail}
  let tree = treeFor(filePath, read.text)
  if (!tree) {
    tree = parseMarkdown(read.text)
    trees.set(filePath, {text: read.text, strong: tree, weak: new WeakRef(tree)})
  }
  return {ok: true, path: filePath, text: read.text, tree}
}

/**
 * unified plugin: parse each file of a run once, sharing trees with `loadDoc`.
 * Use it right after the parser (the preset puts it first).
 */
export function remarkParseOnce(this: Processor<Root>): undefined {
  const parse = this.parser
  if (!parse) return
  sharedParser ??= (text) => parse(text, undefined as unknown as VFile)
  this.parser = (document, file) => {
    const filePath = file?.path ? path.resolve(file.cwd, file.path) : undefined
    const entry = filePath ? trees.get(filePath) : undefined
    const known = entry?.text === document ? (entry.strong ?? entry.weak.deref()) : undefined
    if (known && entry) {
      entry.strong = undefined
      return known
    }
    const tree = parse(document, file)
    if (filePath) trees.set(filePath, {text: document, strong: undefined, weak: new WeakRef(tree)})
    return tree
  }
}

/** The text of the first level-1 heading, with its node, if any. */
export function firstHeading(tree: Root): {readonly node: Heading; readonly text: string} | undefined {
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) return {node, text: plainText(node)}
  }
  return undefined
}

/** A tree already parsed from exactly this text, if still alive. */
function treeFor(filePath: string, text: string): Root | undefined {
  const entry = trees.get(filePath)
  if (entry?.text !== text) return undefined
  return entry.strong ?? entry.weak.deref()
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
    if (errorCode === 'ENOENT' && isSymlink(filePath)) {
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

/** Whether `filePath` itself is a symbolic link. */
function isSymlink(filePath: string): boolean {
  try {
    return fs.lstatSync(filePath).isSymbolicLink()
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
