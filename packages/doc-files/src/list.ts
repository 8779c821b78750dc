/**
 * The Markdown files of a doc set: regular files only (a FIFO or a device
 * named `*.md` is skipped, not read), each real file once (a symbolic link to
 * a listed file adds nothing), folder cycles cut (a link to `.` is walked
 * once), and never outside the root (a link that leads out is skipped).
 */
import fs from 'node:fs'
import path from 'node:path'
import {isInside, systemReason, UsageError} from './errors.ts'
import {isSymbolicLink} from './read.ts'

/** How to list. */
export interface ListOptions {
  /**
   * The folder nothing may lead out of (default: each path given, or the
   * folder of a file given).
   */
  readonly root?: string | undefined
  /** Paths to leave out (and, for folders, everything under them). */
  readonly isIgnored?: ((file: string) => boolean) | undefined
  /** Folder names never entered (default: `node_modules`, `.git`, `dist`, `.turbo`). */
  readonly skipFolders?: Iterable<string> | undefined
  /** Also skip every folder whose name starts with `.` (default: `false`). */
  readonly skipHidden?: boolean | undefined
  /** Walk subfolders (default: `true`). */
  readonly recursive?: boolean | undefined
  /** File name endings, matched case-insensitively (default: `.md`, `.markdown`). */
  readonly extensions?: readonly string[] | undefined
}

/** A path that looked like a Markdown file but is not listed, and why. */
export interface SkippedFile {
  readonly file: string
  readonly reason: string
}

/** The files found, sorted, and the ones left out for a reason worth telling. */
export interface Listing {
  readonly files: readonly string[]
  /** The real root each file was found under: writers must not leave it. */
  readonly roots: ReadonlyMap<string, string>
  readonly skipped: readonly SkippedFile[]
}

export const defaultSkipFolders: readonly string[] = ['node_modules', '.git', 'dist', '.turbo']

interface Found {
  readonly file: string
  readonly root: string
  /** Reached through a symbolic link (the file itself or a folder above it). */
  readonly viaLink: boolean
}

/** List the Markdown files under `paths` (files or folders). Throws a `UsageError` for a path that does not exist. */
export function listMarkdownFiles(paths: readonly string[], options: ListOptions = {}): Listing {
  const skipFolders = new Set(options.skipFolders ?? defaultSkipFolders)
  const extensions = (options.extensions ?? ['.md', '.markdown']).map((extension) => extension.toLowerCase())
  const isMarkdown = (name: string) => extensions.some((extension) => name.toLowerCase().endsWith(extension))
  const isIgnored = options.isIgnored ?? (() => false)
  const recursive = options.recursive ?? true
  const byIdentity = new Map<string, Found>()
  const walkedFolders = new Set<string>()
  const skipped: SkippedFile[] = []

  const visit = (entry: string, realRoot: string, viaLink: boolean, depth: number) => {
    let stat: fs.Stats
    let linked = viaLink
    try {
      stat = fs.lstatSync(entry)
      if (stat.isSymbolicLink()) {
        linked = true
        const real = fs.realpathSync(entry)
        if (!isInside(realRoot, real)) {
          if (isMarkdown(entry) || fs.statSync(real).isDirectory()) skipped.push({file: entry, reason: 'is a symbolic link out of the doc set (not read)'})
          return
        }
        stat = fs.statSync(real)
      }
    } catch (error) {
      if (depth === 0 && (error as NodeJS.ErrnoException).code === 'ENOENT' && !isSymbolicLink(entry)) {
        throw new UsageError(`Unexpected path \`${entry}\` that does not exist, expected a Markdown file or a folder`)
      }
      // A link out of the doc set is that, whether or not its target exists: what is (or is
      // not) on the rest of the disk is not told.
      const reason = linksOutOf(entry, realRoot) ? 'is a symbolic link out of the doc set (not read)' : `cannot be read (${systemReason(error)})`
      if (depth === 0 || isMarkdown(entry)) skipped.push({file: entry, reason})
      return
    }
    if (stat.isDirectory()) {
      if (depth > 0 && !recursive) return
      // A folder reached twice (two links to `.`, a loop) is walked once.
      const identity = `${stat.dev}:${stat.ino}`
      if (walkedFolders.has(identity)) return
      walkedFolders.add(identity)
      let names: string[]
      try {
        names = fs.readdirSync(entry)
      } catch (error) {
        skipped.push({file: entry, reason: `cannot be read (${systemReason(error)})`})
        return
      }
      for (const name of names.sort()) {
        if (skipFolders.has(name)) continue
        const child = path.join(entry, name)
        if (isIgnored(child)) continue
        if (options.skipHidden && name.startsWith('.') && isFolder(child)) continue
        visit(child, realRoot, linked, depth + 1)
      }
      return
    }
    if (!isMarkdown(entry) || isIgnored(entry)) return
    if (!stat.isFile()) {
      skipped.push({file: entry, reason: 'is not a regular file (a FIFO, socket or device; not read)'})
      return
    }
    // Each real file once; a path with no link in it wins, so writers can write it.
    const identity = `${stat.dev}:${stat.ino}`
    const known = byIdentity.get(identity)
    if (!known || (known.viaLink && !linked)) byIdentity.set(identity, {file: entry, root: realRoot, viaLink: linked})
  }

  for (const given of paths) {
    const entry = path.resolve(given)
    const root = options.root ?? (isFolder(entry) ? entry : path.dirname(entry))
    let realRoot: string
    try {
      realRoot = fs.realpathSync(root)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new UsageError(`Unexpected path \`${given}\` that does not exist, expected a Markdown file or a folder`)
      }
      skipped.push({file: root, reason: `cannot be read (${systemReason(error)})`})
      continue
    }
    visit(entry, realRoot, false, 0)
  }
  const found = [...byIdentity.values()]
  return {files: found.map((entry) => entry.file).sort(), roots: new Map(found.map((entry) => [entry.file, entry.root])), skipped}
}

/** Whether `entry` is a symbolic link whose own target (not followed further) lies outside `realRoot`. */
function linksOutOf(entry: string, realRoot: string): boolean {
  try {
    return !isInside(realRoot, path.resolve(fs.realpathSync(path.dirname(entry)), fs.readlinkSync(entry)))
  } catch {
    return false
  }
}

/** Whether `entry` is a folder (following links). */
function isFolder(entry: string): boolean {
  try {
    return fs.statSync(entry).isDirectory()
  } catch {
    return false
  }
}

