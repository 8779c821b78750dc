/**
 * `doc-lint fix`: rewrite the tables that mirror a truth. Each fixer returns
 * the whole text; files are written only when a fixer changed something.
 */
import fs from 'node:fs'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import remarkLintCjkTypography from '@moby-anatomy/remark-lint-cjk-typography'
import {fixTypography} from '@moby-anatomy/remark-lint-cjk-typography/fix'
import remarkLintGlossaryCoverage, {type Entry} from '@moby-anatomy/remark-lint-glossary-coverage'
import {fixGlossaryTables} from '@moby-anatomy/remark-lint-glossary-coverage/fix'
import remarkLintNavTable from '@moby-anatomy/remark-lint-nav-table'
import {docSetDefaults} from '@moby-anatomy/remark-preset'
import {fixNavigationTables} from '@moby-anatomy/remark-lint-nav-table/fix'

/** A fixer: new text for a file, given its text and path. */
export type Fixer = (text: string, filePath: string) => string

/**
 * The fixers for a doc set, with the rules' default settings and one document
 * cache for the run: navigation tables always, the glossary table when a
 * glossary is given (`undefined`: none).
 */
export function fixersFor(glossary: readonly Entry[] | undefined): Fixer[] {
  const docs = new DocCache()
  const navTable = remarkLintNavTable.settings(undefined)
  const list: Fixer[] = [(text, filePath) => fixNavigationTables(text, filePath, navTable, docs)]
  if (glossary) {
    const settings = remarkLintGlossaryCoverage.settings({glossary})
    list.push((text) => fixGlossaryTables(text, settings, docs))
  }
  // Last: typography repairs prose only, after the tables are regenerated, with the preset's settings.
  const typography = remarkLintCjkTypography.settings(docSetDefaults.cjkTypography)
  list.push((text) => fixTypography(text, typography))
  return list
}

/** Apply every fixer to each file; return the files that changed. */
export function fixFiles(files: readonly string[], fixerList: readonly Fixer[]): string[] {
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
