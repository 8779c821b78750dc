/**
 * Markdown files under the paths a user names, skipping what `.remarkignore`
 * and the usual build folders exclude.
 */
import fs from 'node:fs'
import path from 'node:path'

const skippedFolders = new Set(['node_modules', '.git', 'dist', '.turbo'])

/** Markdown files (`.md`, `.markdown`) under `paths`, sorted, without ignored ones. */
export function markdownFiles(paths: readonly string[], isIgnored: (file: string) => boolean = () => false): string[] {
  const found = new Set<string>()
  const walk = (entry: string) => {
    const stat = fs.statSync(entry, {throwIfNoEntry: false})
    if (!stat) throw new UsageError(`Unexpected path \`${entry}\` that does not exist, expected a Markdown file or a folder`)
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) {
        if (!skippedFolders.has(child)) walkChild(path.join(entry, child))
      }
    } else if (/\.(md|markdown)$/i.test(entry) && !isIgnored(entry)) found.add(path.resolve(entry))
  }
  const walkChild = (entry: string) => {
    if (isIgnored(entry)) return
    walk(entry)
  }
  for (const entry of paths) walk(entry)
  return [...found].sort()
}

/** A mistake in how the command was called: exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}
