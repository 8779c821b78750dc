/**
 * `.remarkignore`: the nearest one from the working folder up, read with the
 * gitignore rules remark-cli applies (the `ignore` package, paths relative to
 * the ignore file's folder), so every tool skips the same files.
 */
import fs from 'node:fs'
import path from 'node:path'
import ignore from 'ignore'
import {readInside} from './read.ts'

/** A matcher for the nearest ignore file named `name` from `cwd` up; matches nothing when there is none. */
export function ignoredBy(cwd: string, name = '.remarkignore'): (file: string) => boolean {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const ignoreFile = path.join(folder, name)
    if (fs.existsSync(ignoreFile)) {
      const matcher = ignore().add(readInside(ignoreFile, {root: folder}).bytes.toString('utf8'))
      return (file) => {
        const relative = path.relative(folder, file)
        return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && matcher.ignores(relative)
      }
    }
    if (path.dirname(folder) === folder) return () => false
  }
}
