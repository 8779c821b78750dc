/**
 * `pnpm content:stats`: per chapter of the handbook, prose characters (Han
 * characters outside code, tables and diagrams), diagrams, code blocks and
 * cited repository paths, with the figures each chapter must meet.
 * `--json` prints the figures as JSON instead.
 */
import fs from 'node:fs'
import path from 'node:path'
import {defaultChapterPattern, DocCache, listChapters, proseStats} from '@moby-anatomy/markdown-helpers'

const folder = path.resolve(import.meta.dirname, '../content/handbook')
const minimumProse = 5000
const minimumDiagrams = 3
const docs = new DocCache()

const rows = listChapters(folder, defaultChapterPattern).map((chapter) => {
  const loaded = docs.load(path.join(folder, chapter.name))
  if (!loaded.ok) return {chapter: chapter.name, error: loaded.detail}
  const stats = proseStats(loaded.tree)
  // Chapter 00 is the front matter: the prose and diagram minimums apply to 01–06.
  const checked = chapter.number !== '00'
  const meets = !checked || (stats.proseHan >= minimumProse && stats.diagrams >= minimumDiagrams)
  return {chapter: chapter.name, ...stats, citedPathCount: stats.citedPaths.length, meets}
})

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2))
} else {
  console.log(`| chapter | prose (Han) | diagrams | code blocks | cited paths | meets ${minimumProse} / ${minimumDiagrams} |`)
  console.log('| --- | --: | --: | --: | --: | --- |')
  for (const row of rows) {
    if ('error' in row) console.log(`| ${row.chapter} | ${row.error} | | | | no |`)
    else console.log(`| ${row.chapter} | ${row.proseHan} | ${row.diagrams} | ${row.codeBlocks} | ${row.citedPathCount} | ${row.meets ? 'yes' : 'NO'} |`)
  }
}
if (rows.some((row) => 'error' in row || !row.meets)) process.exitCode = 1
if (!fs.existsSync(folder)) process.exitCode = 2
