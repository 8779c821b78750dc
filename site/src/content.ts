/**
 * Everything the site reads from the content packages, through their public
 * exports only, as an outside consumer of `@moby-anatomy/handbook` and
 * `@moby-anatomy/glossary` would: the typed chapter index, the chapters'
 * Markdown, the refs lock, the changelog and the manifest (`./*.md`,
 * `./refs.lock.json`, `./package.json`).
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {chapters, type Chapter} from '@moby-anatomy/handbook'
import {glossary, type GlossaryEntry} from '@moby-anatomy/glossary'

export {chapters, glossary}
export type {Chapter, GlossaryEntry}

/** One reference of the refs lock (`path:…` or `symbol:…`), as the lock writes it. */
export interface LockedReference {
  readonly kind: 'path' | 'symbol'
  readonly exists: boolean
  /** Paths: `blob` (a file, with `lines`) or `tree` (a folder). */
  readonly type?: 'blob' | 'tree'
  readonly lines?: number
  /** Symbols: where each declaration is, at the tag. */
  readonly declarations?: readonly {readonly file: string; readonly line: number; readonly kind: string}[]
}

/** The handbook's `refs.lock.json`: every Moby path and symbol the chapters cite, at one tag. */
export interface RefsLock {
  /** The Moby tag the handbook analyses, such as `docker-v29.7.2`. */
  readonly ref: string
  readonly commit: string
  /** `github.com/moby/moby`. */
  readonly repository: string
  readonly references: Readonly<Record<string, LockedReference>>
}

/** The file behind a public export of the handbook package. */
export function handbookFile(subpath: string): string {
  return fileURLToPath(import.meta.resolve(`@moby-anatomy/handbook/${subpath}`))
}

/** The Markdown of a chapter, byte for byte as the package ships it. */
export function chapterMarkdown(chapter: Chapter): string {
  return fs.readFileSync(handbookFile(chapter.file), 'utf8')
}

/** The refs lock the chapters' citations are checked against. */
export function readRefsLock(): RefsLock {
  return JSON.parse(fs.readFileSync(handbookFile('refs.lock.json'), 'utf8')) as RefsLock
}

/** The handbook's manifest: its version and where its sources live. */
export function readHandbookManifest(): {version: string; repository: {url: string; directory: string}} {
  return JSON.parse(fs.readFileSync(handbookFile('package.json'), 'utf8'))
}

/** The handbook's `CHANGELOG.md` (the handbook and the glossary share one version). */
export function readChangelog(): string {
  return fs.readFileSync(handbookFile('CHANGELOG.md'), 'utf8')
}

/** The page name of a chapter: its file name without `.md` (`03-守护进程核心模块`). */
export function chapterPage(chapter: Pick<Chapter, 'file'>): string {
  return chapter.file.replace(/\.md$/, '')
}

/** The H1 every chapter starts with. */
export function chapterHeading(chapter: Pick<Chapter, 'title'>): string {
  return `Moby项目源码剖析 - ${chapter.title}`
}
