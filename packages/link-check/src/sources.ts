/**
 * The Markdown side of a link check: every place a file holds a URL (links,
 * images, definitions, `href`/`src` in raw HTML), where it points once resolved
 * as GitHub resolves it, and the anchors each file offers (heading slugs as
 * GitHub makes them, `id`s and `<a name>`s in raw HTML).
 */
import path from 'node:path'
import {forEachNode, headingSlugs, type DocCache} from '@moby-anatomy/markdown-helpers'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
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

/**
 * Read and parse `file` through `docs` and collect its link occurrences and
 * anchors. The caller decides how long the tree lives: check-links passes a
 * fresh `DocCache` per file, so memory stays bounded by the largest file, not
 * the number of files.
 */
export function collectLinks(file: string, root: string, docs: DocCache): SourceFile {
  const doc = docs.loadTransient(file)
  if (!doc.ok) return {ok: false, file, reason: doc.detail}
  const place = location(doc.text)
  const links: LinkOccurrence[] = []
  const ids = new Set<string>()
  const add = (url: string, kind: LinkOccurrence['kind'], offset: number | undefined, line?: number, column?: number) => {
    const point = offset === undefined ? undefined : place.toPoint(offset)
    links.push({file, url, kind, line: point?.line ?? line ?? 1, column: point?.column ?? column ?? 1, target: resolveTarget(url, file, root)})
  }
  forEachNode(doc.tree, (node) => {
    const start = node.position?.start
    if (!start) return
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      add(node.url, node.type, start.offset, start.line, start.column)
    } else if (node.type === 'html') {
      const html = readHtml(node.value)
      for (const link of html.links) {
        add(link.url, 'html', start.offset === undefined ? undefined : start.offset + link.offset, start.line, start.column)
      }
      for (const id of html.ids) ids.add(id)
    }
  })
  return {ok: true, file, links, anchors: withHeadings(doc.tree, ids)}
}

/** The anchors of a Markdown file (for links into it) read through `docs`, or `undefined` when it cannot be read. */
export function fileAnchors(file: string, docs: DocCache): FileAnchors | undefined {
  const doc = docs.loadTransient(file)
  if (!doc.ok) return undefined
  const ids = new Set<string>()
  forEachNode(doc.tree, (node) => {
    if (node.type === 'html') for (const id of readHtml(node.value).ids) ids.add(id)
  })
  return withHeadings(doc.tree, ids)
}

/** Heading slugs plus the `ids` found in raw HTML, as a rendered page offers them. */
function withHeadings(tree: Root, htmlIds: ReadonlySet<string>): FileAnchors {
  const headings = headingSlugs(tree).map((heading) => heading.slug)
  return {ids: new Set([...headings, ...htmlIds]), headings}
}

/**
 * Resolve a URL written in `file` the way a browser on GitHub does: relative
 * to the file, `/x` from the root.
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

/**
 * What raw HTML holds for a link check, parsed with `hast-util-from-html`
 * (parse5, with attribute positions) as a browser reads it (quoted or not,
 * any case, any entity): the `href` and `src` values with the offset of their
 * attribute in `html`, and the anchors it defines (any element's `id`, an
 * `<a>`'s `name`).
 */
function readHtml(html: string): {readonly links: readonly {readonly url: string; readonly offset: number}[]; readonly ids: readonly string[]} {
  const links: {url: string; offset: number}[] = []
  const ids: string[] = []
  visit(fromHtml(html, {fragment: true, verbose: true}), 'element', (element: Element) => {
    for (const name of ['href', 'src'] as const) {
      const value = element.properties[name]
      const offset = element.data?.position?.properties?.[name]?.start.offset ?? element.position?.start.offset
      if (typeof value === 'string') links.push({url: value, offset: offset ?? 0})
    }
    const {id, name} = element.properties
    if (typeof id === 'string') ids.push(id)
    if (element.tagName === 'a' && typeof name === 'string') ids.push(name)
  })
  return {links, ids}
}
