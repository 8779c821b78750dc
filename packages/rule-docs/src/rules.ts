/**
 * The rule packages of this repository: every `packages/remark-lint-*`.
 */
import fs from 'node:fs'
import path from 'node:path'

/** The packages folder of the repository. */
export const packagesFolder = path.resolve(import.meta.dirname, '../..')

/** Absolute paths of the rule packages, sorted. */
export function ruleDirectories(): string[] {
  return fs
    .readdirSync(packagesFolder)
    .filter((name) => name.startsWith('remark-lint-'))
    .sort()
    .map((name) => path.join(packagesFolder, name))
}
