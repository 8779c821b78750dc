/** `node scripts/prepare-pages.ts`: write `pages/` from the content packages (before `vitepress dev|build`). */
import path from 'node:path'
import {pagesDir, preparePages} from '../src/prepare-pages.ts'

try {
  console.log(`prepare-pages: ${preparePages().length} pages in ${path.relative(process.cwd(), pagesDir)}/`)
} catch (error) {
  console.error(`prepare-pages: ${(error as Error).message}`)
  process.exitCode = 1
}
