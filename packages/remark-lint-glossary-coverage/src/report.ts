/**
 * The usage report behind `pnpm glossary:report`: for each chapter, which
 * entries its prose uses and how often; then the entries no chapter uses.
 */
import path from 'node:path'
import {listChapters, type DocCache} from '@moby-anatomy/markdown-helpers'
import {usageOfFile, type Settings} from './rule.ts'

/** Usage of one chapter. */
export interface ChapterUsage {
  readonly chapter: string
  readonly uses: readonly {readonly term: string; readonly count: number}[]
  readonly error?: string
}

/** The report: per chapter, then the unused entries. */
export interface GlossaryReport {
  readonly chapters: readonly ChapterUsage[]
  readonly unused: readonly string[]
}

/**
 * Count entry uses in the chapters of `folder`. `settings` come from
 * `remarkLintGlossaryCoverage.settings({glossary})`.
 */
export function glossaryReport(folder: string, settings: Settings, docs: DocCache): GlossaryReport {
  const {entries} = settings.glossary
  const used = new Set<number>()
  const chapters = listChapters(folder, settings.chapterPattern).map((chapter): ChapterUsage => {
    const result = usageOfFile(path.join(folder, chapter.name), folder, settings, docs)
    if ('error' in result) return {chapter: chapter.name, uses: [], error: result.error}
    for (const index of result.usage.keys()) used.add(index)
    const uses = [...result.usage]
      .map(([index, count]) => ({term: entries[index]?.term ?? '', count}))
      .sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1))
    return {chapter: chapter.name, uses}
  })
  return {chapters, unused: entries.filter((_, index) => !used.has(index)).map((entry) => entry.term)}
}

/** The report as text for a terminal. */
export function formatGlossaryReport(report: GlossaryReport): string {
  const lines: string[] = []
  for (const chapter of report.chapters) {
    lines.push(`${chapter.chapter}${chapter.error ? ` (${chapter.error})` : ''}: ${chapter.uses.length} entries`)
    lines.push(chapter.uses.map((use) => `  ${use.term} ×${use.count}`).join('\n') || '  (none)')
  }
  lines.push('', `Unused entries (${report.unused.length}): ${report.unused.join('、') || 'none'}`)
  return lines.join('\n')
}
