/**
 * The rule packages of this repository: every `packages/remark-lint-*` that
 * runs its docs as tests (has `src/docs.test.ts`). A `remark-lint-*` package
 * without one is no single rule (`remark-lint-one-pass` runs the stock rules
 * in one walk) and has no rule docs to read.
 */
import fs from 'node:fs'
import path from 'node:path'

/** The packages folder of the repository. */
export const packagesFolder = path.resolve(import.meta.dirname, '../..')

/** Absolute paths of the rule packages, sorted. */
export function ruleDirectories(): string[] {
  return fs
    .readdirSync(packagesFolder)
    .filter((name) => name.startsWith('remark-lint-') && fs.existsSync(path.join(packagesFolder, name, 'src', 'docs.test.ts')))
    .sort()
    .map((name) => path.join(packagesFolder, name))
}
