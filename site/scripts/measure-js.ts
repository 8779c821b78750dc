/**
 * `pnpm --filter @moby-anatomy/site measure [page.html …]`: the initial
 * JavaScript of built pages, gzipped (after `pnpm site:build`). Default: every
 * chapter page. Prints a table; exit 1 when a page is over the 150 KB budget.
 */
import path from 'node:path'
import {chapters} from '@moby-anatomy/handbook'
import {gzipTotal, initialScripts} from '../src/initial-js.ts'

export const budgetBytes = 150 * 1024
const distDir = path.resolve(import.meta.dirname, '../.vitepress/dist')
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : chapters.map((chapter) => chapter.file.replace(/\.md$/, '.html'))

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
let over = 0
console.log('| page | scripts | raw (KB) | gzip (KB) |\n| --- | --: | --: | --: |')
for (const page of pages) {
  try {
    const scripts = initialScripts(distDir, page)
    const total = gzipTotal(scripts)
    if (total > budgetBytes) over++
    console.log(`| ${page} | ${scripts.length} | ${kb(scripts.reduce((sum, script) => sum + script.bytes, 0))} | ${kb(total)} |`)
  } catch (error) {
    console.error(`measure-js: ${(error as Error).message}`)
    process.exitCode = 2
  }
}
if (over > 0) {
  console.error(`measure-js: ${over} page(s) over the budget of ${kb(budgetBytes)} KB gzipped`)
  process.exitCode = 1
}
