/**
 * Reference extraction, shared by the `source-refs` rule and the
 * `refs:lock` / `refs:drift` commands, so that both see the same references.
 *
 * The grammar (see the README for the reasons behind each guard):
 *
 * - **Path**: inline code `root/rest…` whose first segment is a top-level
 *   folder Moby has had (`roots`), made of `[A-Za-z0-9_.@+-]` segments, with
 *   an optional trailing `/` (a folder) and an optional line suffix
 *   `:12`, `:12-20`, `#L12` or `#L12-L20`. Absolute paths, `..`, globs, URLs,
 *   module paths (`github.com/…`) and single names (`go.mod`, `Dockerfile`)
 *   are not paths.
 * - **GitHub link**: a link or definition to `github.com/moby/moby/blob/<ref>/<path>`
 *   or `/tree/<ref>/<path>`, with an optional `#L12-L20`.
 * - **Symbol**: inline code `A.B`, `A.B.C` or `name()`, each part a Go
 *   identifier, with an optional leading `*` and trailing `()`. `A` is a
 *   package name, import alias or type; `B` a declaration of that package or
 *   a method or field of that type; `A.B.C` is package, type, member. A bare
 *   name without `()` (`HostConfig`) is not a reference: it is as often a
 *   JSON field or an English word. Not symbols: a qualifier that is a Go
 *   standard-library package (`net.Error`, `sync.Mutex`), a last part that
 *   is a file extension (`config.v2.json`, `metadata.db`, `go.mod`).
 */
import type {Definition, InlineCode, Link, Nodes, Root} from 'mdast'
import {indexTree} from '@moby-anatomy/markdown-helpers'

/** A line range: `start` alone or `start`–`end`. */
export interface LineRange {
  readonly start: number
  readonly end?: number
}

/** One classified reference, without its node. */
export interface ReferenceTarget {
  readonly kind: 'path' | 'symbol'
  /** Lock key: `path:daemon/create.go`, `symbol:Daemon.ContainerCreate`. */
  readonly key: string
  /** The path (no trailing `/`) or the symbol (no `*`, no `()`). */
  readonly target: string
  readonly lines?: LineRange
  /** Git ref of a GitHub link (`docker-v29.7.2`, `master`, a commit). */
  readonly ref?: string
}

/** A reference with the node it was read from and that node's ancestors. */
export interface Reference extends ReferenceTarget {
  readonly node: InlineCode | Link | Definition
  readonly ancestors: readonly Nodes[]
}

/** Top-level folders Moby has had, at v29 and before (stale roots are kept so stale paths are caught). */
export const defaultRoots: readonly string[] = [
  '.github', 'api', 'builder', 'cli', 'client', 'cmd', 'container', 'contrib', 'daemon', 'distribution',
  'dockerversion', 'docs', 'errdefs', 'hack', 'image', 'integration', 'integration-cli', 'internal', 'layer',
  'libcontainerd', 'libnetwork', 'man', 'oci', 'opts', 'pkg', 'plugin', 'profiles', 'project', 'quota',
  'reference', 'registry', 'releases', 'reports', 'restartmanager', 'rootless', 'runconfig', 'testutil',
  'vendor', 'volume',
]

/**
 * Go standard-library package names that are not references (`net.Error`).
 * Names Moby or its vendor tree also use as package names (`debug`, `log`,
 * `plugin`, `signal`, `user`, `errors`, `config`…) are left out on purpose:
 * `debug.Enable` is Moby's.
 */
export const standardPackages: ReadonlySet<string> = new Set([
  'atomic', 'base64', 'bufio', 'bytes', 'context', 'crypto', 'csv', 'ecdsa', 'encoding', 'exec', 'filepath',
  'flag', 'fmt', 'fs', 'gzip', 'hex', 'html', 'http', 'httptest', 'httptrace', 'httputil', 'io', 'ioutil',
  'iter', 'json', 'maps', 'math', 'mime', 'multipart', 'net', 'netip', 'os', 'path', 'rand', 'reflect',
  'regexp', 'rsa', 'runtime', 'sha256', 'slices', 'slog', 'sort', 'strconv', 'strings', 'sync', 'syscall',
  'tar', 'template', 'testing', 'time', 'tls', 'unicode', 'unsafe', 'url', 'utf8', 'x509', 'zip',
])

/** Last parts that make a dotted name a file name, not a symbol (`hostconfig.json`). */
export const fileExtensions: ReadonlySet<string> = new Set([
  'bak', 'cfg', 'conf', 'crt', 'csv', 'db', 'go', 'gz', 'hcl', 'ini', 'js', 'json', 'key', 'lock', 'log', 'md',
  'mod', 'pem', 'pid', 'proto', 'ps1', 'sh', 'sock', 'sum', 'tar', 'tgz', 'toml', 'ts', 'txt', 'xml', 'yaml',
  'yml', 'zst',
])

const segment = String.raw`[A-Za-z0-9_.@+-]+`
const pathCode = new RegExp(String.raw`^(${segment}(?:/${segment})*)(/?)(?::(\d+)(?:-(\d+))?|#L(\d+)(?:-L(\d+))?)?$`)
const goIdentifier = String.raw`[A-Za-z_][A-Za-z0-9_]*`
const symbolCode = new RegExp(String.raw`^\*?(${goIdentifier}(?:\.${goIdentifier}){1,2})(?:\(\))?$|^(${goIdentifier})\(\)$`)

/** Classify the value of inline code; `undefined` when it is not a reference. */
export function classifyCode(value: string, roots: readonly string[]): ReferenceTarget | undefined {
  const text = value.trim()
  return classifyPath(text, roots) ?? classifySymbol(text)
}

/** A repository path with an optional line suffix. */
function classifyPath(text: string, roots: readonly string[]): ReferenceTarget | undefined {
  if (!text.includes('/')) return undefined
  const match = pathCode.exec(text)
  if (!match?.[1]) return undefined
  const parts = match[1].split('/')
  if (!roots.includes(parts[0] ?? '') || parts.some((part) => part === '.' || part === '..')) return undefined
  const lines = lineRange(match[3] ?? match[5], match[4] ?? match[6])
  return {kind: 'path', key: `path:${match[1]}`, target: match[1], ...(lines ? {lines} : {})}
}

/** A Go symbol: `A.B`, `A.B.C` or `name()`. */
function classifySymbol(text: string): ReferenceTarget | undefined {
  const match = symbolCode.exec(text)
  const symbol = match?.[1] ?? match?.[2]
  if (!symbol) return undefined
  const parts = symbol.split('.')
  if (parts.length > 1) {
    if (standardPackages.has(parts[0] ?? '')) return undefined
    if (fileExtensions.has(parts.at(-1) ?? '')) return undefined
  }
  return {kind: 'symbol', key: `symbol:${symbol}`, target: symbol}
}

/** A GitHub URL into `moby/moby` as a path reference at a ref; `undefined` for other URLs. */
export function classifyUrl(url: string): ReferenceTarget | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined
  let parsed: URL
  let segments: string[]
  try {
    parsed = new URL(url)
    segments = parsed.pathname.split('/').filter((part) => part !== '').map((part) => decodeURIComponent(part))
  } catch {
    return undefined
  }
  if (!/^(?:www\.)?github\.com$/i.test(parsed.hostname)) return undefined
  const [owner, name, view, ...rest] = segments
  if (owner?.toLowerCase() !== 'moby' || name?.toLowerCase() !== 'moby' || (view !== 'blob' && view !== 'tree')) return undefined
  // Module tags have a slash: `api/v1.55.0`, `client/v0.5.1`.
  const refLength = /^(?:api|client)$/.test(rest[0] ?? '') && /^v\d+\.\d+\.\d+/.test(rest[1] ?? '') ? 2 : 1
  const ref = rest.slice(0, refLength).join('/')
  const target = rest.slice(refLength).join('/')
  if (!ref || !target || rest.some((part) => part === '..' || part === '.')) return undefined
  const lineMatch = /^#L(\d+)(?:-L(\d+))?$/.exec(parsed.hash)
  const lines = lineRange(lineMatch?.[1], lineMatch?.[2])
  return {kind: 'path', key: `path:${target}`, target, ref, ...(lines ? {lines} : {})}
}

/** A line range from the digits of a suffix. */
function lineRange(start: string | undefined, end: string | undefined): LineRange | undefined {
  if (start === undefined) return undefined
  return end === undefined ? {start: Number(start)} : {start: Number(start), end: Number(end)}
}

/** Every reference of a document, in document order. Code blocks are not read. */
export function extractReferences(tree: Root, roots: readonly string[]): Reference[] {
  // From the shared index (one walk for all rules); code blocks and HTML are leaves there.
  const index = indexTree(tree)
  const references: (Reference & {readonly order: number})[] = []
  for (const {node, ancestors} of index.ofType('inlineCode')) {
    const target = classifyCode(node.value, roots)
    if (target) references.push({...target, node, ancestors, order: node.position?.start.offset ?? 0})
  }
  for (const {node, ancestors} of [...index.ofType('link'), ...index.ofType('definition')]) {
    const target = classifyUrl(node.url)
    if (target) references.push({...target, node, ancestors, order: node.position?.start.offset ?? 0})
  }
  return references.sort((a, b) => a.order - b.order).map(({order: _order, ...reference}) => reference)
}
