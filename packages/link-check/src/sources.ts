/**
 * The Markdown side of a link check: every place a file holds a URL (links,
 * images, definitions, `href`/`src` in raw HTML), where it points once resolved
 * as GitHub resolves it, and the anchors each file offers (heading slugs as
 * GitHub makes them, `id`s and `<a name>`s in raw HTML).
 */
import path from 'node:path'
import {clearDocCache, headingSlugs, loadDoc} from '@moby-anatomy/doc-set'
import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'

/** Where a URL written in Markdown points. */
export type Target =
  | {
      readonly type: 'local'
      /** `root` joined with the decoded segments (for messages and lookups). */
      readonly path: string
      /** The decoded path segments below `root`, as written (one may hold `/` if written `%2F`). */
      readonly segments: readonly string[]
      readonly fragment: string | undefined
      /** Written with a trailing `/`: only a folder answers it. */
      readonly folder: boolean
    }
  | {readonly type: 'external'; readonly url: string}
  | {readonly type: 'other'}
  | {readonly type: 'invalid'; readonly reason: string}

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

/** The anchors a Markdown file offers to links with a fragment. */
export interface FileAnchors {
  /** Every valid fragment: heading slugs, `id` attributes, `<a name>` in raw HTML. */
  readonly ids: ReadonlySet<string>
  /** Heading slugs in document order (what "did you mean" proposes). */
  readonly headings: readonly string[]
}

/** The links of one Markdown file, or why it could not be read. */
export type SourceFile =
  | {readonly ok: true; readonly file: string; readonly links: readonly LinkOccurrence[]; readonly anchors: FileAnchors}
  | {readonly ok: false; readonly file: string; readonly reason: string}

/** A base no real link uses: relative links resolve against it like a web server would. */
const base = 'http://root.invalid'
const htmlAttribute = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi
const htmlId = /<([a-z][a-z0-9-]*)\b[^>]*?\s(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi

/**
 * Read and parse `file` (through the shared loader) and collect its link
 * occurrences and anchors. The tree is dropped before returning: check-links
 * has no lint engine to claim the loader's trees, so memory stays bounded by
 * the largest file, not the number of files.
 */
export function collectLinks(file: string, root: string): SourceFile {
  const doc = loadDoc(file)
  clearDocCache()
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
  return {ok: true, file, links, anchors: anchorsOf(doc.tree)}
}

/** The anchors of a Markdown file (for links into it), or `undefined` when it cannot be read. */
export function fileAnchors(file: string): FileAnchors | undefined {
  const doc = loadDoc(file)
  clearDocCache()
  return doc.ok ? anchorsOf(doc.tree) : undefined
}

/** Heading slugs plus the `id`s (and `<a name>`s) written in raw HTML, as a rendered page offers them. */
function anchorsOf(tree: Root): FileAnchors {
  const headings = headingSlugs(tree).map((heading) => heading.slug)
  const ids = new Set(headings)
  visit(tree, 'html', (node) => {
    for (const match of node.value.matchAll(htmlId)) {
      const [, tag = '', attribute = ''] = match
      if (attribute.toLowerCase() === 'name' && tag.toLowerCase() !== 'a') continue
      ids.add(decodeHtmlEntities(match[3] ?? match[4] ?? match[5] ?? ''))
    }
  })
  return {ids, headings}
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
    return {type: 'invalid', reason: 'invalid URL'}
  }
  if (resolved.origin === base) return fromLocalUrl(resolved, root) ?? {type: 'invalid', reason: 'invalid URL: malformed percent-encoding'}
  if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return {type: 'external', url: resolved.href}
  return {type: 'other'}
}

/**
 * A resolved local URL as a file path under `root` and a decoded fragment;
 * `undefined` for malformed percent-encoding. The URL parser has already
 * resolved `..` and cannot climb above `/`, so the path is lexically under
 * `root` (symbolic links are the resolver's business, see `paths.ts`).
 */
function fromLocalUrl(resolved: URL, root: string): Target | undefined {
  try {
    const segments = resolved.pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment))
    const fragment = resolved.hash === '' ? undefined : decodeURIComponent(resolved.hash.slice(1))
    const joined = path.join(root, ...segments.map((segment) => segment.replaceAll('/', '%2F')))
    return {type: 'local', path: joined, segments, fragment, folder: resolved.pathname.length > 1 && resolved.pathname.endsWith('/')}
  } catch {
    return undefined
  }
}

/** A relative file path as a URL path (each segment percent-encoded). */
export function toUrlPath(relative: string): string {
  return relative.split(path.sep).map((segment) => encodeURIComponent(segment)).join('/')
}

/** Decode the few character references that appear in attribute values. */
function decodeHtmlEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'"})[name] ?? '')
}
