/**
 * What the Moby tree declares at one commit: its paths, and the Go
 * declarations of every non-test Go file, with the resolution of a reference
 * against them. Used by `refs:lock` and `refs:drift`, never by the rule.
 */
import path from 'node:path'
import {editDistance} from '@moby-anatomy/markdown-helpers'
import type {ReferenceTarget} from '@moby-anatomy/remark-lint-source-refs/extract'
import {countLines, listTree, readBlobs, resolveCommit, type TreeEntry} from './git.ts'
import {scanGoFile, type Declaration} from './go-scanner.ts'
import type {LockedDeclaration, LockEntry, SymbolCandidate} from '@moby-anatomy/remark-lint-source-refs/lock'

/** A declaration with the file and package it is in. */
export interface IndexedDeclaration extends Declaration {
  readonly file: string
  readonly directory: string
  readonly packageName: string
  readonly blob: string
}

/** The tree and declarations at one commit. */
export interface SourceIndex {
  readonly directory: string
  readonly commit: string
  readonly entries: ReadonlyMap<string, TreeEntry>
  /** Paths by their last segment. */
  readonly byBaseName: ReadonlyMap<string, readonly string[]>
  /** Declarations by name. */
  readonly declarations: ReadonlyMap<string, readonly IndexedDeclaration[]>
  /** Package directories by package name and by the import aliases used for them. */
  readonly packages: ReadonlyMap<string, ReadonlySet<string>>
}

/** Copies of the SDK modules under `vendor/` repeat `api/` and `client/`; they are not indexed. */
const skippedPrefixes = ['vendor/github.com/moby/moby/']

/** Build the index of the tree at `ref` in the clone at `directory`. */
export function buildIndex(directory: string, ref: string): SourceIndex {
  const commit = resolveCommit(directory, ref)
  const entries = listTree(directory, commit)
  const byBaseName = new Map<string, string[]>()
  for (const entry of entries.keys()) push(byBaseName, path.posix.basename(entry), entry)

  const goFiles = [...entries.values()].filter(
    (entry) => entry.type === 'blob' && entry.path.endsWith('.go') && !entry.path.endsWith('_test.go') && !skippedPrefixes.some((prefix) => entry.path.startsWith(prefix)),
  )
  const modules = moduleRoots(directory, entries)
  const blobs = readBlobs(directory, goFiles.map((entry) => entry.id))
  const declarations = new Map<string, IndexedDeclaration[]>()
  const packages = new Map<string, Set<string>>()
  const importPaths = new Map<string, Set<string>>()
  for (const entry of goFiles) {
    const content = blobs.get(entry.id)
    if (!content) continue
    const scanned = scanGoFile(content.toString('utf8'))
    if (!scanned.packageName) continue
    const folder = path.posix.dirname(entry.path)
    addTo(packages, scanned.packageName, folder)
    for (const [alias, importPath] of scanned.aliases) addTo(importPaths, alias, importPath)
    for (const declaration of scanned.declarations) {
      push(declarations, declaration.name, {...declaration, file: entry.path, directory: folder, packageName: scanned.packageName, blob: entry.id})
    }
  }
  // An alias names the folder its import path maps to (`cerrdefs` → `vendor/github.com/containerd/errdefs`).
  for (const [alias, paths] of importPaths) {
    for (const importPath of paths) {
      const folder = importFolder(importPath, modules, entries)
      if (folder) addTo(packages, alias, folder)
    }
  }
  for (const list of declarations.values()) list.sort(compareDeclarations)
  return {directory, commit, entries, byBaseName, declarations, packages}
}

/** Module paths of the repository's own `go.mod` files, to their folders. */
function moduleRoots(directory: string, entries: ReadonlyMap<string, TreeEntry>): Map<string, string> {
  const goMods = [...entries.values()].filter((entry) => entry.type === 'blob' && path.posix.basename(entry.path) === 'go.mod' && !entry.path.startsWith('vendor/'))
  const contents = readBlobs(directory, goMods.map((entry) => entry.id))
  const roots = new Map<string, string>()
  for (const entry of goMods) {
    const module = /^module\s+(\S+)/m.exec(contents.get(entry.id)?.toString('utf8') ?? '')?.[1]
    if (module) roots.set(module, path.posix.dirname(entry.path) === '.' ? '' : path.posix.dirname(entry.path))
  }
  return roots
}

/** The folder of an import path: in one of the repository's modules, else under `vendor/`. */
function importFolder(importPath: string, modules: ReadonlyMap<string, string>, entries: ReadonlyMap<string, TreeEntry>): string | undefined {
  let best: [string, string] | undefined
  for (const [module, folder] of modules) {
    if ((importPath === module || importPath.startsWith(module + '/')) && (!best || module.length > best[0].length)) best = [module, folder]
  }
  const rest = best ? importPath.slice(best[0].length).replace(/^\//, '') : ''
  const candidate = best ? (best[1] && rest ? `${best[1]}/${rest}` : best[1] || rest) : `vendor/${importPath}`
  return entries.get(candidate)?.type === 'tree' ? candidate : undefined
}

/** Resolve one reference to its lock entry. */
export function resolveReference(index: SourceIndex, reference: ReferenceTarget, readLineCounts: ReadonlyMap<string, number>): LockEntry {
  if (reference.kind === 'path') {
    const entry = index.entries.get(reference.target)
    if (entry?.type === 'blob') return {kind: 'path', exists: true, type: 'blob', blob: entry.id, lines: readLineCounts.get(entry.id) ?? 0}
    if (entry?.type === 'tree') return {kind: 'path', exists: true, type: 'tree', tree: entry.id}
    return {kind: 'path', exists: false, candidates: pathCandidates(index, reference.target)}
  }
  const found = findSymbol(index, reference.target)
  if (found.length > 0) {
    return {kind: 'symbol', exists: true, declarations: found.slice(0, 3).map(lockedDeclaration), count: found.length}
  }
  return {kind: 'symbol', exists: false, candidates: symbolCandidates(index, reference.target)}
}

/** Blob ids whose line count the references need. */
export function blobsNeedingLines(index: SourceIndex, references: Iterable<ReferenceTarget>): string[] {
  const ids: string[] = []
  for (const reference of references) {
    const entry = reference.kind === 'path' ? index.entries.get(reference.target) : undefined
    if (entry?.type === 'blob') ids.push(entry.id)
  }
  return ids
}

/** Line counts of blobs. */
export function lineCounts(index: SourceIndex, ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [id, content] of readBlobs(index.directory, ids)) counts.set(id, countLines(content))
  return counts
}

/**
 * Declarations a symbol names. `A.B`: `B` declared at top level in a package
 * named or aliased `A`, else a method, field or interface method `B` of a
 * type `A`. `A.B.C`: member `C` of type `B` in package `A`. `name`: a func or
 * method `name` anywhere.
 */
export function findSymbol(index: SourceIndex, symbol: string): IndexedDeclaration[] {
  const parts = symbol.split('.')
  const name = parts.at(-1) ?? symbol
  const named = index.declarations.get(name) ?? []
  if (parts.length === 1) return named.filter((declaration) => declaration.kind === 'func' || declaration.kind === 'method')
  if (parts.length === 2) {
    const folders = index.packages.get(parts[0] ?? '')
    const inPackage = folders ? named.filter((declaration) => declaration.owner === undefined && folders.has(declaration.directory)) : []
    if (inPackage.length > 0) return inPackage
    return named.filter((declaration) => declaration.owner === parts[0])
  }
  const folders = index.packages.get(parts[0] ?? '')
  return folders ? named.filter((declaration) => declaration.owner === parts[1] && folders.has(declaration.directory)) : []
}

/**
 * Suggestions for a missing symbol: names close to it in the same package or
 * type (`client.NewClient` → `client.New`), then declarations of the same
 * name elsewhere. Vendored code is suggested only for a vendored qualifier.
 */
function symbolCandidates(index: SourceIndex, symbol: string): SymbolCandidate[] {
  const parts = symbol.split('.')
  const name = parts.at(-1) ?? symbol
  const all = [...(parts.length > 1 ? (index.packages.get(parts[0] ?? '') ?? []) : [])]
  const firstParty = all.filter((folder) => !folder.startsWith('vendor/'))
  const folders = new Set(firstParty.length > 0 ? firstParty : all)
  const vendored = firstParty.length === 0 && all.length > 0
  const seen = new Set<string>([symbol])
  const candidates: SymbolCandidate[] = []
  const add = (declaration: IndexedDeclaration) => {
    if (candidates.length === 3 || (!vendored && declaration.file.startsWith('vendor/'))) return
    const qualifier = declaration.owner ?? declaration.packageName
    const shown =
      parts.length === 1 ? declaration.name : parts.length === 3 && declaration.owner ? `${declaration.packageName}.${qualifier}.${declaration.name}` : `${qualifier}.${declaration.name}`
    if (seen.has(shown)) return
    seen.add(shown)
    candidates.push({symbol: shown, file: declaration.file, line: declaration.line})
  }
  if (parts.length > 1) {
    const owner = parts.length === 3 ? parts[1] : parts[0]
    const limit = Math.max(2, Math.floor(name.length / 3))
    const close: {declaration: IndexedDeclaration; prefix: boolean; distance: number}[] = []
    for (const [other, declarations] of index.declarations) {
      const contained = other.length >= 3 && (name.toLowerCase().includes(other.toLowerCase()) || other.toLowerCase().includes(name.toLowerCase()))
      if (!contained && Math.abs(other.length - name.length) > limit) continue
      const distance = editDistance(other.toLowerCase(), name.toLowerCase())
      if (!contained && distance > limit) continue
      for (const declaration of declarations) {
        const inPackage = parts.length === 2 && declaration.owner === undefined && folders.has(declaration.directory)
        const ofOwner = declaration.owner === owner && (parts.length === 2 || folders.has(declaration.directory))
        const prefix = other.length >= 3 && (name.startsWith(other) || other.startsWith(name))
        if (inPackage || ofOwner) close.push({declaration, prefix, distance})
      }
    }
    close.sort((a, b) => Number(b.prefix) - Number(a.prefix) || a.distance - b.distance || compareDeclarations(a.declaration, b.declaration))
    for (const {declaration} of close) add(declaration)
  }
  for (const declaration of index.declarations.get(name) ?? []) add(declaration)
  return candidates
}

/** Existing paths with the same last segment: most folder names in common first, then first-party, then closest. */
function pathCandidates(index: SourceIndex, target: string): string[] {
  const folders = new Set(target.split('/').slice(0, -1))
  const shared = (candidate: string) => candidate.split('/').slice(0, -1).filter((folder) => folders.has(folder)).length
  return [...(index.byBaseName.get(path.posix.basename(target)) ?? [])]
    .map((candidate) => ({candidate, shared: shared(candidate), distance: editDistance(candidate, target)}))
    .sort((a, b) => b.shared - a.shared || Number(a.candidate.startsWith('vendor/')) - Number(b.candidate.startsWith('vendor/')) || a.distance - b.distance || comparePaths(a.candidate, b.candidate))
    .slice(0, 3)
    .map((item) => item.candidate)
}

/** The lock form of a declaration. */
function lockedDeclaration(declaration: IndexedDeclaration): LockedDeclaration {
  return {file: declaration.file, line: declaration.line, kind: declaration.kind, blob: declaration.blob}
}

/** First-party before vendored, then shallower, then by path. */
function comparePaths(a: string, b: string): number {
  const vendored = Number(a.startsWith('vendor/')) - Number(b.startsWith('vendor/'))
  if (vendored !== 0) return vendored
  const depth = a.split('/').length - b.split('/').length
  if (depth !== 0) return depth
  return a < b ? -1 : a > b ? 1 : 0
}

/** Declarations in path order (first-party first), then by line. */
function compareDeclarations(a: IndexedDeclaration, b: IndexedDeclaration): number {
  return comparePaths(a.file, b.file) || a.line - b.line
}

/** Append to a list in a map. */
function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Add to a set in a map. */
function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}

