/**
 * Citations: inline code that the refs lock knows (a Moby path such as
 * `daemon/create.go:40-60`, or a symbol such as `Daemon.ContainerCreate`)
 * becomes a link to that file and line at the pinned tag. What counts as a
 * reference is the `source-refs` rule's own grammar (`classifyCode` of
 * `@moby-anatomy/remark-lint-source-refs/extract`), so the site links exactly
 * what lint checked. Code already inside a link, and code in headings, is
 * left alone.
 */
import {classifyCode, defaultRoots, type ReferenceTarget} from '@moby-anatomy/remark-lint-source-refs/extract'
import type {MarkdownRenderer} from 'vitepress'
import type {LockedReference, RefsLock} from '../content.ts'
import {visitInlineChildren, type StateCore} from './tokens.ts'

/** The class of a citation link, for styles and tests. */
export const citationClass = 'moby-citation'

export function citations(md: MarkdownRenderer, lock: RefsLock): void {
  md.core.ruler.push('moby-citations', (state: StateCore) => {
    visitInlineChildren(state, (children, index) => {
      const code = children[index]!
      if (code.type !== 'code_inline') return
      const citation = citationOf(lock, code.content)
      if (!citation) return
      const open = new state.Token('link_open', 'a', 1)
      open.attrs = [['href', citation.href], ['class', citationClass], ['title', `Moby ${lock.ref}: ${citation.where}`]]
      const close = new state.Token('link_close', 'a', -1)
      children.splice(index, 1, open, code, close)
      return index + 2
    })
  })
}

/** A citation: the URL at the lock's tag and where it points, for the link's title. */
export interface Citation {
  readonly href: string
  /** `daemon/create.go#L40-L60`, `daemon/create.go#L55` for a symbol. */
  readonly where: string
}

/** The citation of inline code; `undefined` when the lock does not know it. */
export function citationOf(lock: RefsLock, code: string): Citation | undefined {
  const target = classifyCode(code, defaultRoots)
  const locked = target ? lock.references[target.key] : undefined
  if (!target || !locked?.exists) return undefined
  const base = `https://${lock.repository}`
  if (target.kind === 'path') return pathCitation(base, lock.ref, target, locked)
  const declaration = preferredDeclaration(locked)
  if (!declaration) return undefined
  return {href: `${base}/blob/${lock.ref}/${encodePath(declaration.file)}#L${declaration.line}`, where: `${declaration.file}#L${declaration.line}`}
}

/** A file (with its line range) or a folder at the tag. */
function pathCitation(base: string, ref: string, target: ReferenceTarget, locked: LockedReference): Citation {
  if (locked.type === 'tree') return {href: `${base}/tree/${ref}/${encodePath(target.target)}`, where: `${target.target}/`}
  const lines = target.lines ? `#L${target.lines.start}${target.lines.end === undefined ? '' : `-L${target.lines.end}`}` : ''
  return {href: `${base}/blob/${ref}/${encodePath(target.target)}${lines}`, where: `${target.target}${lines}`}
}

/** Moby's own declaration before vendored code, an implementation before an interface method. */
function preferredDeclaration(locked: LockedReference): {file: string; line: number} | undefined {
  const declarations = [...(locked.declarations ?? [])]
  const rank = (declaration: {file: string; kind: string}) => (declaration.file.startsWith('vendor/') ? 2 : 0) + (declaration.kind === 'interface-method' ? 1 : 0)
  return declarations.sort((a, b) => rank(a) - rank(b))[0]
}

/** Percent-encode each segment of a repository path. */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}
