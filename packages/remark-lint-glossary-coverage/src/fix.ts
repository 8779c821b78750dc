/**
 * `pnpm fix` for glossary tables: every row regenerated from the glossary
 * data, in its order. Nothing outside the table body changes.
 */
import {documentText, findTables, replaceTableBodies, type DocCache} from '@moby-anatomy/markdown-helpers'
import {expectedCells, type Settings} from './rule.ts'

/**
 * Rewrite every glossary table in `rawText` from the glossary of `settings`
 * (from `remarkLintGlossaryCoverage.settings({glossary})`); returns the new text.
 */
export function fixGlossaryTables(rawText: string, settings: Settings, docs: DocCache): string {
  const text = documentText(rawText)
  const tables = findTables(docs.parse(text), settings.header)
  return replaceTableBodies(rawText, text, tables, () =>
    settings.glossary.entries.map((entry) => `| ${expectedCells(entry).map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`),
  )
}
