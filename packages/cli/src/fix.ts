/**
 * `doc-lint fix`: rewrite the tables that mirror a truth. Each fixer returns
 * the whole text; files are written only when a fixer changed something.
 */
import fs from 'node:fs'
import {fixNavigationTables} from '@moby-anatomy/remark-lint-nav-table/fix'

/** A fixer: new text for a file, given its text and path. */
export type Fixer = (text: string, filePath: string) => string

/** The fixers applied in order. */
export const fixers: readonly Fixer[] = [(text, filePath) => fixNavigationTables(text, filePath)]

/** Apply every fixer to each file; return the files that changed. */
export function fixFiles(files: readonly string[], fixerList: readonly Fixer[] = fixers): string[] {
  const changed: string[] = []
  for (const file of files) {
    const bytes = fs.readFileSync(file)
    const text = new TextDecoder('utf-8', {fatal: false, ignoreBOM: true}).decode(bytes)
    // A file that is not UTF-8 is left alone: rewriting it would lose bytes.
    if (!Buffer.from(text, 'utf8').equals(bytes)) continue
    const fixed = fixerList.reduce((current, fixer) => fixer(current, file), text)
    if (fixed !== text) {
      fs.writeFileSync(file, fixed)
      changed.push(file)
    }
  }
  return changed
}
