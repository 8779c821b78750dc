/**
 * The rule `go-examples`: its options and checks. The docs are in `index.ts`.
 * Reads the lock only: no Go, no git, no network.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {code, defineRule, nonEmptyString, reportOptionError} from '@moby-anatomy/rule-kit'
import {extractGoExamples, placeOf, type GoBlock, type GoProgram} from './extract.ts'
import {readLock, type ReadLock} from './lock.ts'

/** Configuration of `go-examples`. */
export interface Options {
  /**
   * The lock file, relative to the current working directory (default: the
   * nearest `examples.lock.json` in the linted file's folder or above it, up
   * to the folder of its package; when there is none the rule checks nothing).
   */
  readonly lock?: string | null | undefined
}

/** Settings of a run: the named lock, or `''` to look for one beside the linted file. */
export interface Settings {
  readonly lock: string
}

export const ruleId = 'go-examples'
export const lockFileName = 'examples.lock.json'
const verifyCommand = '`pnpm examples:verify --moby <git dir>`'

const remarkLintGoExamples = defineRule<Options, Settings>({
  id: ruleId,
  options: {lock: nonEmptyString},
  defaults: {lock: ''},
  check: checkGoExamples,
})

export default remarkLintGoExamples

/** Run the check on one file. */
function checkGoExamples(tree: Root, file: VFile, settings: Settings): void {
  const examples = extractGoExamples(tree)
  if (examples.blocks.length === 0) return
  const lockPath = settings.lock === '' ? findLock(file) : path.resolve(file.cwd, settings.lock)
  // No lock found by default: this doc set does not verify its Go examples, so there is nothing to check against.
  if (!lockPath) return
  const shown = path.relative(file.cwd, lockPath) || lockFileName
  const read = readLock(lockPath)
  if (!read.ok && read.reason === 'invalid') {
    reportOptionError(file, ruleId, `Unexpected lock file ${code(shown)} (${read.detail}), expected the JSON that ${verifyCommand} writes`)
    return
  }
  for (const problem of examples.problems) file.message(problem.reason, placeOf(problem))
  for (const fragment of examples.fragments) {
    if (fragment.explicit && fragment.startsWithPackage) {
      file.message('Unexpected `fragment` on a Go block that starts with `package`, expected a complete program (drop `fragment`) that ' + verifyCommand + ' verifies', placeOf(fragment))
    }
  }
  const [first] = examples.programs
  if (!read.ok) {
    if (first?.files[0]) file.message(`Unexpected Go example without a lock file, expected ${code(shown)}: run ${verifyCommand}`, placeOf(first.files[0]))
    return
  }
  for (const program of examples.programs) checkProgram(file, program, read)
}

/** Report a program's blocks that the lock does not show verified as they are now. */
function checkProgram(file: VFile, program: GoProgram, read: ReadLock): void {
  const ref = code(read.lock.ref)
  let allKnown = true
  for (const block of [...program.files, ...program.tests]) {
    const entries = (read.byHash.get(block.hash) ?? []).filter((entry) => entry.kind === block.kind)
    const verified = entries.find((entry) => entry.program === program.hash) ?? entries[0]
    if (!verified) {
      allKnown = false
      file.message(`Unexpected unverified Go example, expected ${verifyCommand} to have built it at ${ref}`, placeOf(block))
    } else if (verified.result === 'failed') {
      file.message(`Unexpected Go example that fails at ${ref} (${code(verified.reason ?? 'no reason recorded')}), expected it to ${describeChecks(block)}`, placeOf(block))
    }
  }
  const [head] = program.files
  if (allKnown && head && !program.files.some((block) => lockedIn(read, block, program.hash))) {
    file.message(`Unexpected Go program changed since it was verified (a file, test or expected output added, removed or edited), expected ${verifyCommand} to have built it as it is now`, placeOf(head))
  }
}

/** Whether the lock holds `block` as verified within the program of hash `programHash`. */
function lockedIn(read: ReadLock, block: GoBlock, programHash: string): boolean {
  return (read.byHash.get(block.hash) ?? []).some((entry) => entry.program === programHash)
}

/** What a block must do, for the message. */
function describeChecks(block: GoBlock): string {
  return block.kind === 'test' ? 'pass `go vet` and `go test`' : 'build, pass `go vet` and print its expected output, if any'
}

/**
 * The lock of a file: the nearest `examples.lock.json` from its folder up to
 * the folder of its package (the one holding `package.json`); `undefined`
 * when there is none, or when the file has no path.
 */
function findLock(file: VFile): string | undefined {
  if (!file.path) return undefined
  let folder = path.dirname(path.resolve(file.cwd, file.path))
  for (;;) {
    const candidate = path.join(folder, lockFileName)
    if (fs.existsSync(candidate)) return candidate
    const parent = path.dirname(folder)
    if (fs.existsSync(path.join(folder, 'package.json')) || parent === folder) return undefined
    folder = parent
  }
}
