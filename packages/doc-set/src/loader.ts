/**
 * The one place rules read other Markdown files. Each file is read and parsed
 * at most once per run: results are cached by path and reused while the file's
 * size, inode and modification time stay the same.
 */
import fs from 'node:fs'
import type {Heading, Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {plainText} from './tables.ts'

/** Why a document could not be loaded. */
export type LoadFailure = 'missing' | 'broken-symlink' | 'folder' | 'not-utf8' | 'unreadable'

/** A loaded document, or the reason it could not be loaded. */
export type LoadedDoc =
  | {readonly ok: true; readonly path: string; readonly text: string; readonly tree: Root}
  | {readonly ok: false; readonly path: string; readonly failure: LoadFailure; readonly detail: string}

interface CacheEntry {
  readonly stamp: string
  readonly doc: LoadedDoc
}

const cache = new Map<string, CacheEntry>()
const parser = unified().use(remarkParse).use(remarkGfm).freeze()
const strictUtf8 = new TextDecoder('utf-8', {fatal: true})
let parseCount = 0

/** Parse Markdown (CommonMark + GFM) the way the preset does. */
export function parseMarkdown(text: string): Root {
  parseCount++
  return parser.parse(text)
}

/** How many documents the loader has parsed since the process started (for benchmarks and tests). */
export function loaderParseCount(): number {
  return parseCount
}

/** Forget every cached document (for long-lived processes and tests). */
export function clearDocCache(): void {
  cache.clear()
}

/** Load a Markdown file by absolute path, from the cache when it has not changed. */
export function loadDoc(path: string): LoadedDoc {
  const stat = statOrFailure(path)
  if ('failure' in stat) return {ok: false, path, ...stat}
  const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`
  const cached = cache.get(path)
  if (cached?.stamp === stamp) return cached.doc
  const doc = readAndParse(path)
  cache.set(path, {stamp, doc})
  return doc
}

/** The text of the first level-1 heading, with its node, if any. */
export function firstHeading(tree: Root): {readonly node: Heading; readonly text: string} | undefined {
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) return {node, text: plainText(node)}
  }
  return undefined
}

/** Stat a path, telling a missing file from a broken symlink and a folder. */
function statOrFailure(path: string): fs.Stats | {failure: LoadFailure; detail: string} {
  try {
    const stat = fs.statSync(path)
    if (stat.isDirectory()) return {failure: 'folder', detail: 'is a folder'}
    if (!stat.isFile()) return {failure: 'unreadable', detail: 'is not a regular file'}
    return stat
  } catch (error) {
    const errorCode = (error as NodeJS.ErrnoException).code
    if (errorCode === 'ENOENT' && isSymlink(path)) {
      return {failure: 'broken-symlink', detail: 'is a symbolic link to nothing'}
    }
    if (errorCode === 'ENOENT' || errorCode === 'ENOTDIR') return {failure: 'missing', detail: 'does not exist'}
    return {failure: 'unreadable', detail: `cannot be read (${errorCode ?? 'unknown error'})`}
  }
}

/** Whether `path` itself is a symbolic link. */
function isSymlink(path: string): boolean {
  try {
    return fs.lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/** Read bytes, insist on UTF-8, parse. */
function readAndParse(path: string): LoadedDoc {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(path)
  } catch (error) {
    const errorCode = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    return {ok: false, path, failure: 'unreadable', detail: `cannot be read (${errorCode})`}
  }
  let text: string
  try {
    text = strictUtf8.decode(bytes)
  } catch {
    return {ok: false, path, failure: 'not-utf8', detail: 'is not valid UTF-8'}
  }
  return {ok: true, path, text, tree: parseMarkdown(text)}
}
