/**
 * Write the site's source folder (`pages/`, generated, git-ignored): every
 * chapter byte for byte as `@moby-anatomy/handbook` exports it, and the
 * generated pages. Run before `vitepress dev|build` (the package scripts do).
 * A file of an earlier run that is no longer a page is removed, so a chapter
 * dropped from the package leaves no stale page behind.
 */
import fs from 'node:fs'
import path from 'node:path'
import {chapterMarkdown, chapters, readChangelog, readHandbookManifest, readRefsLock} from './content.ts'
import {historyPageOf, homePage, mobyVersionPage, type Page} from './pages.ts'

export const pagesDir = path.resolve(import.meta.dirname, '../pages')

export function sitePages(): Page[] {
  const lock = readRefsLock()
  const chapterPages = chapters.map((chapter) => ({file: chapter.file, markdown: chapterMarkdown(chapter)}))
  const chapterZero = chapters.find((chapter) => chapter.number === 0)
  return [
    ...chapterPages,
    homePage(chapters, lock),
    mobyVersionPage(lock, chapters),
    historyPageOf(readHandbookManifest().version, chapterZero ? chapterMarkdown(chapterZero) : '', readChangelog()),
  ]
}

export function preparePages(folder = pagesDir): Page[] {
  const pages = sitePages()
  fs.mkdirSync(folder, {recursive: true})
  const wanted = new Set(pages.map((page) => page.file))
  for (const name of fs.readdirSync(folder)) if (name.endsWith('.md') && !wanted.has(name)) fs.rmSync(path.join(folder, name))
  for (const page of pages) {
    const file = path.join(folder, page.file)
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== page.markdown) fs.writeFileSync(file, page.markdown)
  }
  return pages
}
