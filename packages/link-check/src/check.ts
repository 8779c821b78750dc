/**
 * One link check. Offline, no server is involved: the parsed Markdown holds
 * every link and heading, so local files, folders, images and anchors are
 * resolved directly (`local.ts`). With `--external`, linkinator requests the
 * external URLs (`external.ts`) and we retry those that answered 429 or 5xx
 * (`retry.ts`). Every finding is made from a link found in the source, so it
 * points at that link's text.
 */
import fs from 'node:fs'
import path from 'node:path'
import {setImmediate} from 'node:timers/promises'
import {isInside, listMarkdownFiles, type Listing} from '@moby-anatomy/doc-files'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import {defaultConfig, type LinkCheckConfig, UsageError} from './config.ts'
import {checkExternal} from './external.ts'
import {LocalResolver} from './local.ts'
import {locate, realRoot as toRealRoot} from './paths.ts'
import {retryExternal} from './retry.ts'
import {collectLinks, type FileAnchors, type LinkOccurrence, resolveTarget} from './sources.ts'

/** How to check. */
export interface CheckLinksOptions {
  /** The doc set: every Markdown file under it is checked. */
  readonly folder: string
  /**
   * Where `/`-links resolve, and the boundary no link may cross (default: the
   * repository root, the nearest folder up with `.git`, else `folder`).
   */
  readonly root?: string
  /** Also request http(s) URLs (default: `false`, they are skipped and counted). */
  readonly external?: boolean
  readonly config?: LinkCheckConfig
  /** The Markdown files to check (default: every `.md` under `folder`). */
  readonly files?: readonly string[]
  /** Called for each retry of an external URL. */
  readonly onRetry?: (url: string, status: number, delay: number) => void
}

/** What kind of target is broken. */
export type BrokenKind = 'file' | 'image' | 'anchor' | 'external' | 'invalid'

/** One broken link at one place in the Markdown source. */
export interface BrokenLink {
  /** Absolute path of the Markdown file. */
  readonly file: string
  readonly line: number
  readonly column: number
  /** The URL as written. */
  readonly target: string
  readonly kind: BrokenKind
  /** Why it is broken: `404 no such file`, `missing anchor`, `500`, `timeout`, … */
  readonly reason: string
  /** The HTTP status seen (0 when there was no response). */
  readonly status: number
  /** A close heading anchor in the target file, for a missing anchor. */
  readonly suggestion?: string
}

/** The outcome of a check. */
export interface LinkCheckResult {
  readonly mode: 'offline' | 'external'
  readonly root: string
  readonly files: readonly string[]
  readonly links: {
    /** Places in the Markdown that hold a URL. */
    readonly total: number
    readonly local: number
    readonly external: number
    /** External places not requested: all of them offline, the `skip` list's otherwise. */
    readonly skipped: number
  }
  /** Sorted by file, line, column. */
  readonly broken: readonly BrokenLink[]
  /** Markdown files that could not be read. */
  readonly unreadable: readonly {readonly file: string; readonly reason: string}[]
}

const skippedFolders = new Set(['node_modules', '.git', 'dist', '.turbo', '.link-check'])

/** Check every link of a doc set. */
export async function checkLinks(options: CheckLinksOptions): Promise<LinkCheckResult> {
  const folder = path.resolve(options.folder)
  if (!fs.statSync(folder, {throwIfNoEntry: false})?.isDirectory()) {
    throw new UsageError(`Unexpected path \`${options.folder}\` that is not a folder, expected the folder of a doc set`)
  }
  const root = path.resolve(options.root ?? repositoryRoot(folder))
  if (!fs.statSync(root, {throwIfNoEntry: false})?.isDirectory()) {
    throw new UsageError(`Unexpected root \`${options.root}\` that is not a folder, expected the folder \`/\`-links resolve from`)
  }
  const realRoot = toRealRoot(root)
  const config = options.config ?? defaultConfig
  const external = options.external ?? false
  const listing = options.files === undefined ? listMarkdown(folder, root) : undefined
  const files = (listing?.files ?? options.files ?? []).map((file) => path.resolve(folder, file))
  const skip = config.skip.map((pattern) => new RegExp(pattern))
  const isSkipped = (url: string) => !external || skip.some((pattern) => pattern.test(url))

  // Links are kept compact between the passes (no resolved target): what stays alive until the
  // anchors of every file are known is what bounds the memory of a large doc set.
  const stored: {readonly file: string; readonly links: readonly StoredLink[]}[] = []
  const anchors = new Map<string, FileAnchors | undefined>()
  // What the shared listing left out (a FIFO, a loop, a link out of the root) was not checked: say so.
  const unreadable: {file: string; reason: string}[] = (listing?.skipped ?? []).map(({file, reason}) => ({file, reason}))
  const counts = {total: 0, local: 0, external: 0, skipped: 0}
  for (const file of files) {
    // End the job between files: each file gets its own DocCache, dropped after it, but the
    // cache keeps a WeakRef to the tree, and a new WeakRef holds its target until the current
    // job ends, so a loop that never yields would keep every tree of the doc set alive.
    await setImmediate()
    // A Markdown file reached through a symbolic link out of the root is not read, and not described.
    const located = isInside(root, file) ? locate(realRoot, path.relative(root, file).split(path.sep)) : undefined
    if (located?.state === 'outside') {
      unreadable.push({file, reason: 'is a symbolic link out of the doc set (not read)'})
      continue
    }
    if (located === undefined) {
      unreadable.push({file, reason: `is outside the root \`${root}\` (not read)`})
      continue
    }
    const source = collectLinks(file, root, new DocCache())
    if (!source.ok) {
      unreadable.push({file, reason: source.reason})
      continue
    }
    if (located.state === 'file') anchors.set(located.real, source.anchors)
    for (const {target} of source.links) {
      counts.total++
      if (target.type === 'local') counts.local++
      if (target.type === 'external') {
        counts.external++
        if (isSkipped(target.url)) counts.skipped++
      }
    }
    stored.push({file, links: source.links.map(({url, line, column, kind}) => ({url, line, column, kind}))})
  }

  const broken: BrokenLink[] = []
  const requested: LinkOccurrence[] = []
  const resolver = new LocalResolver(realRoot, anchors)
  for (const {file, links} of stored) {
    for (const link of links) {
      const occurrence: LinkOccurrence = {...link, file, target: resolveTarget(link.url, file, root)}
      const finding = resolver.check(occurrence)
      if (finding) broken.push(finding)
      if (occurrence.target.type === 'external' && !isSkipped(occurrence.target.url)) requested.push(occurrence)
    }
  }
  if (external) broken.push(...(await externalFindings(requested, config, skip, options.onRetry)))
  return {mode: external ? 'external' : 'offline', root, files, links: counts, broken: broken.sort(byPlace), unreadable: unreadable.sort((a, b) => a.file.localeCompare(b.file))}
}

/** A link as kept between the passes: its target is resolved again when it is checked. */
type StoredLink = Omit<LinkOccurrence, 'file' | 'target'>

/** The broken external links: linkinator's pass, then our retries of 429 and 5xx. */
async function externalFindings(
  requested: readonly LinkOccurrence[],
  config: LinkCheckConfig,
  skip: readonly RegExp[],
  onRetry: CheckLinksOptions['onRetry'],
): Promise<BrokenLink[]> {
  const urlOf = (link: LinkOccurrence) => (link.target.type === 'external' ? withoutHash(link.target.url) : '')
  const outcomes = await checkExternal([...new Set(requested.map(urlOf))], config, skip)
  const retryable = [...outcomes].flatMap(([url, outcome]) => (outcome.state === 'broken' && outcome.retryable ? [{url, status: outcome.status, retryAfter: outcome.retryAfter}] : []))
  const retried = await retryExternal(retryable, config, skip, onRetry)
  const findings: BrokenLink[] = []
  for (const link of requested) {
    const url = urlOf(link)
    const outcome = outcomes.get(url)
    const retry = retried.get(url)
    if (outcome?.state === 'ok' || retry?.ok) continue
    // No result at all would be a silent pass: say the URL went unchecked instead.
    const status = retry?.status ?? outcome?.status ?? 0
    const reason = retry?.reason ?? outcome?.reason ?? 'not checked: linkinator returned no result for it'
    findings.push({file: link.file, line: link.line, column: link.column, target: link.url, kind: 'external', reason, status})
  }
  return findings
}

/**
 * Every `.md` file under `folder`, sorted, skipping dependency and build
 * folders: regular files only, each real file once, folder cycles cut, never
 * through a symbolic link out of `root` (the shared walk of `@moby-anatomy/doc-files`).
 */
export function markdownFiles(folder: string, root = folder): string[] {
  return [...listMarkdown(folder, root).files]
}

/** The shared listing of the doc set's Markdown files, with what it left out and why. */
function listMarkdown(folder: string, root: string): Listing {
  return listMarkdownFiles([folder], {root, skipFolders: skippedFolders, extensions: ['.md']})
}

/** The nearest folder from `folder` up that holds `.git`, else `folder`. */
export function repositoryRoot(folder: string): string {
  for (let current = folder; ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, '.git'))) return current
    if (path.dirname(current) === current) return folder
  }
}

/** A URL without its fragment. */
function withoutHash(url: string): string {
  const hash = url.indexOf('#')
  return hash === -1 ? url : url.slice(0, hash)
}

/** Order findings by file, line, column, target. */
function byPlace(a: BrokenLink, b: BrokenLink): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.target.localeCompare(b.target)
}
