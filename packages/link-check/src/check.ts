/**
 * One link check: linkinator crawls the Markdown files (served as HTML from
 * 127.0.0.1, anchors checked), external URLs are skipped offline, retried by
 * us when they answer 429 or 5xx, and each broken URL is mapped back to every
 * place in the Markdown source that holds it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {listMarkdownFiles} from '@moby-anatomy/doc-files'
import {closest, DocCache} from '@moby-anatomy/markdown-helpers'
import {LinkChecker, type LinkResult} from 'linkinator'
import {defaultConfig, type LinkCheckConfig, UsageError} from './config.ts'
import {retryExternal, type RetryOutcome} from './retry.ts'
import {collectLinks, fromLocalUrl, headingAnchors, type LinkOccurrence} from './sources.ts'

/** How to check. */
export interface CheckLinksOptions {
  /** The doc set: every Markdown file under it is checked. */
  readonly folder: string
  /**
   * Where `/`-links resolve and what the local server serves (default: the
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
  const config = options.config ?? defaultConfig
  const external = options.external ?? false
  const files = (options.files ?? markdownFiles(folder)).map((file) => path.resolve(folder, file))
  const skip = config.skip.map((pattern) => new RegExp(pattern))
  const docs = new DocCache()

  const occurrences = new Map<string, LinkOccurrence[]>()
  const unreadable: {file: string; reason: string}[] = []
  const counts = {total: 0, local: 0, external: 0, skipped: 0}
  for (const file of files) {
    const source = collectLinks(file, root, docs)
    if (!source.ok) {
      unreadable.push({file, reason: source.reason})
      continue
    }
    occurrences.set(file, [...source.links])
    for (const link of source.links) {
      counts.total++
      if (link.target.type === 'local') counts.local++
      if (link.target.type === 'external') {
        counts.external++
        if (!external || skip.some((pattern) => pattern.test(link.target.type === 'external' ? link.target.url : ''))) counts.skipped++
      }
    }
  }
  const readable = files.filter((file) => occurrences.has(file))
  if (readable.length === 0) {
    return {mode: external ? 'external' : 'offline', root, files, links: counts, broken: [], unreadable}
  }

  const results = await crawl(readable, root, config, external, skip)
  const brokenResults = results.filter((result) => result.state === 'BROKEN' && result.parent !== undefined)
  // A page linkinator could not serve was not checked at all: say so.
  for (const result of results) {
    if (result.state === 'BROKEN' && result.parent === undefined) {
      unreadable.push({file: fromLocalUrl(result.url, root)?.path ?? result.url, reason: `linkinator could not serve it (status ${result.status ?? 0})`})
    }
  }
  const retried = external ? await retryExternal(brokenResults.filter(isRetryable), config, options.onRetry) : new Map<string, RetryOutcome>()

  const broken = new Map<string, BrokenLink>()
  for (const result of brokenResults) {
    const outcome = retried.get(result.url)
    if (outcome?.ok) continue
    const parent = fromLocalUrl(result.parent ?? '', root)?.path ?? ''
    const status = outcome?.status ?? result.status ?? 0
    for (const finding of findingsFor(result, parent, occurrences.get(parent) ?? [], root, status, outcome?.reason, docs)) {
      broken.set(`${finding.file}:${finding.line}:${finding.column}:${finding.target}`, finding)
    }
  }
  return {
    mode: external ? 'external' : 'offline',
    root,
    files,
    links: counts,
    broken: [...broken.values()].sort(byPlace),
    unreadable,
  }
}

/**
 * Every `.md` file under `folder`, sorted, skipping dependency and build
 * folders: regular files inside the folder only, each real file once, folder
 * cycles cut (the shared walk of `@moby-anatomy/doc-files`).
 */
export function markdownFiles(folder: string): string[] {
  return [...listMarkdownFiles([folder], {root: folder, skipFolders: skippedFolders, extensions: ['.md']}).files]
}

/** The nearest folder from `folder` up that holds `.git`, else `folder`. */
export function repositoryRoot(folder: string): string {
  for (let current = folder; ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, '.git'))) return current
    if (path.dirname(current) === current) return folder
  }
}

/** Run linkinator over the files: local pages with anchors; external URLs only in external mode. */
async function crawl(files: readonly string[], root: string, config: LinkCheckConfig, external: boolean, skip: readonly RegExp[]): Promise<LinkResult[]> {
  const checker = new LinkChecker()
  // linkinator serves the files from http://127.0.0.1:<port>; the first page it
  // starts reading tells which origin is ours. Everything else is external.
  let localOrigin: string | undefined
  checker.on('pagestart', (url: string | URL) => {
    localOrigin ??= new URL(url).origin
  })
  const isLocal = (href: string) => localOrigin === undefined || new URL(href).origin === localOrigin
  const result = await checker.check({
    path: files.map((file) => escapeGlob(path.relative(root, file).split(path.sep).join('/'))),
    serverRoot: root,
    markdown: true,
    checkFragments: true,
    // GitHub shows a folder's listing, so a link to a folder is not broken.
    directoryListing: true,
    concurrency: config.concurrency,
    timeout: config.timeout,
    // Retries are ours (see retry.ts): linkinator's 429 handling has no limit.
    retry: false,
    retryErrors: false,
    linksToSkip: async (href) => !isLocal(href) && (!external || skip.some((pattern) => pattern.test(href))),
    // Anchors of other sites (GitHub's `#L10`, script-made ids) are not ours to check.
    fragmentsToSkip: async (_fragment, href) => !isLocal(href),
  })
  return result.links
}

/** Whether a broken result is an external URL worth another try. */
function isRetryable(result: LinkResult): boolean {
  const status = result.status ?? 0
  return /^https?:\/\//.test(result.url) && (status === 429 || status >= 500)
}

/** The broken-link findings of one linkinator result in its parent file. */
function findingsFor(result: LinkResult, parent: string, links: readonly LinkOccurrence[], root: string, status: number, retryReason: string | undefined, docs: DocCache): BrokenLink[] {
  const failures = result.failureDetails ?? []
  const missingAnchor = failures.some((failure) => failure instanceof Error && failure.message.startsWith('Fragment identifier'))
  const isExternal = /^https?:\/\//.test(result.url)
  const invalid = !missingAnchor && status === 0 && result.failureDetails === undefined
  let matches: LinkOccurrence[]
  if (invalid) matches = links.filter((link) => link.url === result.url)
  else if (isExternal) matches = links.filter((link) => link.target.type === 'external' && withoutHash(link.target.url) === result.url)
  else {
    const wanted = fromLocalUrl(result.url, root)
    matches = links.filter(
      (link) =>
        link.target.type === 'local' &&
        wanted !== undefined &&
        link.target.path === wanted.path &&
        (wanted.fragment === undefined || link.target.fragment === wanted.fragment),
    )
  }
  const reason = retryReason ?? describe(status, failures, missingAnchor, isExternal, invalid)
  const suggestion = missingAnchor ? suggestAnchor(result.url, root, docs) : undefined
  const finding = (link: LinkOccurrence | undefined): BrokenLink => ({
    file: parent,
    line: link?.line ?? 1,
    column: link?.column ?? 1,
    target: link?.url ?? result.url,
    kind: missingAnchor ? 'anchor' : invalid ? 'invalid' : isExternal ? 'external' : link?.kind === 'image' ? 'image' : 'file',
    reason: link ? reason : `${reason}, not found in the Markdown source`,
    status,
    ...(suggestion === undefined ? {} : {suggestion}),
  })
  return matches.length === 0 ? [finding(undefined)] : matches.map(finding)
}

/** Why a result is broken, in a few words. */
function describe(status: number, failures: readonly unknown[], missingAnchor: boolean, isExternal: boolean, invalid: boolean): string {
  if (missingAnchor) return 'missing anchor'
  if (invalid) return 'invalid URL'
  if (status === 404 && !isExternal) return '404 no such file'
  if (status > 0) return String(status)
  for (const failure of failures) {
    if (!(failure instanceof Error)) continue
    if (failure.name === 'TimeoutError' || failure.name === 'AbortError') return 'timeout'
    const code = (failure.cause as {code?: string} | undefined)?.code
    if (code === 'ECONNREFUSED') return 'connection refused'
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found'
    if (code) return `network error ${code}`
  }
  return 'no response'
}

/** The closest heading anchor of the target file, for a missing anchor. */
function suggestAnchor(url: string, root: string, docs: DocCache): string | undefined {
  const target = fromLocalUrl(url, root)
  if (!target?.fragment) return undefined
  return closest(target.fragment, headingAnchors(target.path, docs))
}

/** A URL without its fragment. */
function withoutHash(url: string): string {
  const hash = url.indexOf('#')
  return hash === -1 ? url : url.slice(0, hash)
}

/** Escape glob syntax: linkinator expands each path it is given as a glob. */
function escapeGlob(file: string): string {
  return file.replace(/[?*()[\]{}!+@\\]/g, '\\$&')
}

/** Order findings by file, line, column, target. */
function byPlace(a: BrokenLink, b: BrokenLink): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.target.localeCompare(b.target)
}
