/**
 * `pnpm fix` for glossary tables: every row regenerated from the glossary
 * data, in its order. Nothing outside the table body changes.
 */
import {documentText, findTables, parseMarkdown, replaceTableBodies} from '@moby-anatomy/doc-set'
import {defaultHeader, expectedCells, type Entry} from './rule.ts'

/** Rewrite every glossary table in `rawText` from `glossary`; returns the new text. */
export function fixGlossaryTables(rawText: string, glossary: readonly Entry[], header: readonly string[] = defaultHeader): string {
  const text = documentText(rawText)
  const tables = findTables(parseMarkdown(text), header)
  return replaceTableBodies(rawText, text, tables, () =>
    glossary.map((entry) => `| ${expectedCells(entry).map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`),
  )
}
