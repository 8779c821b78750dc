/**
 * For tests: every Markdown file of the repository (as git lists them), with
 * its text: the real documents that differential tests parse both ways.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** The repository's tracked `*.md` files, each with its text. */
export function repoMarkdownFiles(): {readonly file: string; readonly text: string}[] {
  const root = path.resolve(import.meta.dirname, '../../..')
  const files = execFileSync('git', ['ls-files', '-z', '*.md'], {cwd: root, encoding: 'utf8'}).split('\0').filter(Boolean)
  return files.map((file) => ({file, text: fs.readFileSync(path.join(root, file), 'utf8')}))
}
