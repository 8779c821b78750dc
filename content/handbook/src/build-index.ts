/**
 * `pnpm build` of the handbook: write `dist/index.js` and `dist/index.d.ts`
 * from the chapters. Exit code 1 with a message naming the file when a chapter
 * cannot be indexed.
 */
import fs from 'node:fs'
import path from 'node:path'
import {chapterIndex, renderIndex} from './chapter-index.ts'

const root = path.resolve(import.meta.dirname, '..')
try {
  const {js, dts} = renderIndex(chapterIndex(root))
  fs.mkdirSync(path.join(root, 'dist'), {recursive: true})
  fs.writeFileSync(path.join(root, 'dist/index.js'), js)
  fs.writeFileSync(path.join(root, 'dist/index.d.ts'), dts)
} catch (error) {
  console.error(`build-index: ${(error as Error).message}`)
  process.exitCode = 1
}
