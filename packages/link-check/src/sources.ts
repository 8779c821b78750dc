/**
 * The Markdown side of a link check: every place a file holds a URL (links,
 * images, definitions, `href`/`src` in raw HTML), where it points once resolved
 * as GitHub resolves it, and each file's heading anchors (for "did you mean").
 */
import path from 'node:path'
import {headingSlugs, type DocCache} from '@moby-anatomy/markdown-helpers'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'

/** Where a URL written in Markdown points. */
export type Target =
  | {readonly type: 'local'; readonly path: string; readonly fragment: string | undefined}
  | {readonly type: 'external'; readonly url: string}
  | {readonly type: 'other'}
  | {readonly type: 'invalid'}

/** One place in a Markdown file that holds a URL. */
export interface LinkOccurrence {
  /** Absolute path of the Markdown file. */
  readonly file: string
  readonly line: number
  readonly column: number
  /** The URL as the Markdown parser read it (character references decoded). */
  readonly url: string
  readonly kind: 'link' | 'image' | 'definition' | 'html'
  readonly target: Target
}

/** The links of one Markdown file, or why it could not be read. */
export type SourceFile =
  | {readonly ok: true; readonly file: string; readonly links: readonly LinkOccurrence[]}
  | {readonly ok: false; readonly file: string; readonly reason: string}

/** A base no real link uses: relative links resolve against it like a web server would. */
const base = 'http://root.invalid'
const htmlAttribute = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi

/** Read and parse `file` (through the run's document cache) and collect its link occurrences. */
export function collectLinks(file: string, root: string, docs: DocCache): SourceFile {
  const doc = docs.load(file)
  if (!doc.ok) return {ok: false, file, reason: doc.detail}
  const place = location(doc.text)
  const links: LinkOccurrence[] = []
  const add = (url: string, kind: LinkOccurrence['kind'], offset: number | undefined, line?: number, column?: number) => {
    const point = offset === undefined ? undefined : place.toPoint(offset)
    links.push({file, url, kind, line: point?.line ?? line ?? 1, column: point?.column ?? column ?? 1, target: resolveTarget(url, file, root)})
  }
  visit(doc.tree, (node) => {
    const start = node.position?.start
    if (!start) return
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      add(node.url, node.type, start.offset, start.line, start.column)
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(htmlAttribute)) {
        const value = match[1] ?? match[2] ?? match[3] ?? ''
        const offset = start.offset === undefined ? undefined : start.offset + match.index
        add(decodeHtmlEntities(value), 'html', offset, start.line, start.column)
      }
    }
  })
  return {ok: true, file, links}
}

/**
 * Resolve a URL written in `file` the way a browser on GitHub (or linkinator's
 * local server, rooted at `root`) does: relative to the file, `/x` from the root.
 */
export function resolveTarget(url: string, file: string, root: string): Target {
  let resolved: URL
  try {
    resolved = new URL(url, `${base}/${toUrlPath(path.relative(root, file))}`)
  } catch {
    return {type: 'invalid'}
  }
  if (resolved.origin === base) return fromLocalUrl(resolved, root) ?? {type: 'invalid'}
  if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return {type: 'external', url: resolved.href}
  return {type: 'other'}
}

/** A local URL (`http://root.invalid/a/b.md#x` or a root-relative `a/b.md#x`) as a file path and a decoded fragment. */
export function fromLocalUrl(url: URL | string, root: string): {type: 'local'; path: string; fragment: string | undefined} | undefined {
  try {
    const resolved = typeof url === 'string' ? new URL(url, `${base}/`) : url
    const segments = resolved.pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment))
    const fragment = resolved.hash === '' ? undefined : decodeURIComponent(resolved.hash.slice(1))
    return {type: 'local', path: path.join(root, ...segments), fragment}
  } catch {
    return undefined
  }
}

/** The heading anchors of a Markdown file, slugged as GitHub does (for suggestions). */
export function headingAnchors(file: string, docs: DocCache): string[] {
  const doc = docs.load(file)
  if (!doc.ok) return []
  return headingSlugs(doc.tree).map((heading) => heading.slug)
}

/** A relative file path as a URL path (each segment percent-encoded). */
export function toUrlPath(relative: string): string {
  return relative.split(path.sep).map((segment) => encodeURIComponent(segment)).join('/')
}

/** Decode the few character references that appear in attribute values. */
function decodeHtmlEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'"})[name] ?? '')
}
