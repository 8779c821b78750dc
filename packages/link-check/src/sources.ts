/**
 * The Markdown side of a link check: every place a file holds a URL (links,
 * images, definitions, `href`/`src` in raw HTML), where it points once resolved
 * as GitHub resolves it, and each file's heading anchors (for "did you mean").
 */
import path from 'node:path'
import {headingSlugs, type DocCache} from '@moby-anatomy/markdown-helpers'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
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
      for (const link of htmlLinks(node.value)) {
        add(link.url, 'html', start.offset === undefined ? undefined : start.offset + link.offset, start.line, start.column)
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

/**
 * The `href` and `src` values of raw HTML, entities decoded, with the offset
 * of the attribute in `html`. Parsed with `hast-util-from-html` (parse5, with
 * attribute positions), as a browser reads them: quoted or not, any case, any entity.
 */
function htmlLinks(html: string): {readonly url: string; readonly offset: number}[] {
  const links: {url: string; offset: number}[] = []
  visit(fromHtml(html, {fragment: true, verbose: true}), 'element', (element: Element) => {
    for (const name of ['href', 'src'] as const) {
      const value = element.properties[name]
      const offset = element.data?.position?.properties?.[name]?.start.offset ?? element.position?.start.offset
      if (typeof value === 'string') links.push({url: value, offset: offset ?? 0})
    }
  })
  return links
}
