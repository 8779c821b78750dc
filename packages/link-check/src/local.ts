/**
 * The offline half of a check, without a server: every local link is resolved
 * from the parsed Markdown as GitHub resolves it (relative to its file, `/`
 * from the root), its file or folder looked up inside the root (`paths.ts`),
 * and its fragment matched against the target's anchors (GitHub heading slugs,
 * HTML `id`s). Each finding is made from the link that holds it, so it always
 * points at that link's text.
 */
import {closest, DocCache} from '@moby-anatomy/markdown-helpers'
import type {BrokenLink} from './check.ts'
import {locate, type Located} from './paths.ts'
import {fileAnchors, type FileAnchors, type LinkOccurrence} from './sources.ts'

/** Extensions whose files are Markdown pages, so their fragments are checked. */
const markdownExtension = /\.(?:md|markdown)$/i

/** Checks local links of a doc set; lookups and anchors are cached per path. */
export class LocalResolver {
  readonly #realRoot: string
  readonly #anchors: Map<string, FileAnchors | undefined>
  readonly #located = new Map<string, Located>()

  /**
   * @param realRoot the root's real path (`/` in a link means this folder)
   * @param anchors the anchors of the Markdown files already read, by real path
   */
  constructor(realRoot: string, anchors: Map<string, FileAnchors | undefined>) {
    this.#realRoot = realRoot
    this.#anchors = anchors
  }

  /** The finding for one link, or `undefined` when it is fine or not local. */
  check(link: LinkOccurrence): BrokenLink | undefined {
    const {target} = link
    if (target.type === 'invalid') return this.#finding(link, 'invalid', target.reason, 0)
    if (target.type !== 'local') return undefined
    const kind = link.kind === 'image' ? 'image' : 'file'
    const located = this.#locate(target.segments)
    if (located.state === 'outside') return this.#finding(link, kind, '404 outside the root, not followed', 404)
    if (located.state === 'unreadable') return this.#finding(link, kind, `cannot be read (${located.code})`, 0)
    if (located.state === 'missing' || (target.folder && located.state === 'file')) return this.#finding(link, kind, '404 no such file', 404)
    // A fragment is an anchor of a Markdown page; on a folder or another file GitHub shows no anchors to check.
    if (target.fragment === undefined || target.fragment === '' || located.state === 'folder' || !markdownExtension.test(located.real)) return undefined
    if (/^top$/i.test(target.fragment)) return undefined
    const anchors = this.#anchorsOf(located.real)
    if (anchors === undefined) return this.#finding(link, 'anchor', 'missing anchor (the target file cannot be read)', 200)
    if (anchors.ids.has(target.fragment)) return undefined
    const suggestion = closest(target.fragment, anchors.headings)
    return {...this.#finding(link, 'anchor', 'missing anchor', 200), ...(suggestion === undefined ? {} : {suggestion})}
  }

  /** Look up a path once per run. */
  #locate(segments: readonly string[]): Located {
    const key = segments.join('\0')
    let located = this.#located.get(key)
    if (!located) {
      located = locate(this.#realRoot, segments)
      this.#located.set(key, located)
    }
    return located
  }

  /** The anchors of a Markdown file inside the root, read once (its tree dropped with its own cache). */
  #anchorsOf(real: string): FileAnchors | undefined {
    if (!this.#anchors.has(real)) this.#anchors.set(real, fileAnchors(real, new DocCache()))
    return this.#anchors.get(real)
  }

  /** A finding at the link. */
  #finding(link: LinkOccurrence, kind: BrokenLink['kind'], reason: string, status: number): BrokenLink {
    return {file: link.file, line: link.line, column: link.column, target: link.url, kind, reason, status}
  }
}
