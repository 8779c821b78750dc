/** The Markdown files of a folder, as every benchmark script reads them. */
import fs from 'node:fs'
import path from 'node:path'

/** Every `.md` file under `folder`, not in `node_modules` or hidden folders, sorted. */
export function markdownFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(folder, file).split(path.sep).some((part) => part === 'node_modules' || part.startsWith('.')))
    .sort()
}
