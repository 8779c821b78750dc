/**
 * `examples:verify`: read every chapter's Go blocks with the rule's grammar,
 * verify each program, and turn the results into the examples lock and a
 * summary line.
 */
import path from 'node:path'
import {defaultChapterPattern, DocCache, listChapters} from '@moby-anatomy/markdown-helpers'
import {extractGoExamples, type GoBlock} from '@moby-anatomy/remark-lint-go-examples/extract'
import {compareExamples, type ExamplesLock, type LockedExample} from '@moby-anatomy/remark-lint-go-examples/lock'
import {verifyProgram, type ChapterProgram, type GoSetup, type ProgramResult} from './build.ts'
import {SetupError} from './toolchain.ts'

/** The repository the examples build against. */
export const repository = 'github.com/moby/moby'

/** The Go examples of a doc set: its programs, fragment count and grammar problems. */
export interface DocSetExamples {
  readonly programs: readonly ChapterProgram[]
  readonly fragments: number
  readonly problems: readonly string[]
}

/** Read the Go examples of every chapter (`NN-标题.md`) in `docs`, with the loader the lint uses. */
export function collectExamples(docs: string): DocSetExamples {
  const programs: ChapterProgram[] = []
  const problems: string[] = []
  let fragments = 0
  const cache = new DocCache()
  for (const chapter of listChapters(docs, defaultChapterPattern)) {
    const loaded = cache.load(path.join(docs, chapter.name))
    if (!loaded.ok) throw new SetupError(`Unexpected chapter \`${chapter.name}\` that ${loaded.detail}, expected a UTF-8 Markdown file`)
    const examples = extractGoExamples(loaded.tree)
    for (const program of examples.programs) programs.push({chapter: chapter.name, program})
    for (const problem of examples.problems) problems.push(`${chapter.name}:${problem.node.position?.start.line ?? 1}: ${problem.reason}`)
    fragments += examples.fragments.length
  }
  return {programs, fragments, problems}
}

/** One program's result, for the summary and the terminal. */
export interface VerifiedProgram extends ChapterProgram {
  readonly result: ProgramResult
  /** Whether the result was taken from the existing lock instead of building again. */
  readonly reused: boolean
}

/** Where the pin is and which Go verified. */
export interface Pin {
  readonly ref: string
  readonly commit: string
  readonly go: string
}

/**
 * Verify every program; `onProgram` hears of each as it finishes. With
 * `previous` (the existing lock), a program whose every block is locked as
 * passing in the same program, with the same Go and the same commit, is not
 * built again: its source, its tree and its compiler are what they were, so
 * its result is too. Failures are always built again, to show Go's report.
 */
export function verifyAll(
  setup: GoSetup,
  pin: Pin,
  programs: readonly ChapterProgram[],
  {previous, onProgram = () => {}}: {readonly previous?: ExamplesLock | undefined; readonly onProgram?: (verified: VerifiedProgram) => void} = {},
): VerifiedProgram[] {
  return programs.map((entry) => {
    const earlier = previous ? passedBefore(previous, pin, entry) : undefined
    const verified = earlier ? {...entry, result: earlier, reused: true} : {...entry, result: verifyProgram(setup, entry), reused: false}
    onProgram(verified)
    return verified
  })
}

/** The locked result of a program, when every block of it passed in exactly this program, Go and commit. */
function passedBefore(lock: ExamplesLock, pin: Pin, {program}: ChapterProgram): ProgramResult | undefined {
  const entries = [...program.files, ...program.tests].map((block) =>
    lock.examples.find((entry) => entry.hash === block.hash && entry.program === program.hash && entry.kind === block.kind && entry.go === pin.go && entry.commit === pin.commit),
  )
  const [first] = entries
  if (!first || entries.some((entry) => entry?.result !== 'ok')) return undefined
  return {ok: true, checked: first.checked}
}

/** The lock for verified programs: one entry per program file and test file. */
export function createLock(pin: Pin, verified: readonly VerifiedProgram[]): ExamplesLock {
  const examples: LockedExample[] = []
  for (const {chapter, program, result} of verified) {
    const entry = (block: GoBlock): LockedExample => ({
      chapter,
      line: block.line,
      kind: block.kind === 'test' ? 'test' : 'program',
      hash: block.hash,
      program: program.hash,
      go: pin.go,
      commit: pin.commit,
      result: result.ok ? 'ok' : 'failed',
      checked: result.checked,
      ...(program.output && result.checked.includes('output') ? {output: program.output.from} : {}),
      ...(result.reason === undefined ? {} : {reason: result.reason}),
    })
    for (const block of [...program.files, ...program.tests]) examples.push(entry(block))
  }
  return {lockfileVersion: 1, repository, ref: pin.ref, commit: pin.commit, examples: examples.sort(compareExamples)}
}

/** `11 programs (16 files), 1 test file, 4 fragments, 0 outputs compared at …: 0 failures`. */
export function summarize(pin: Pin, verified: readonly VerifiedProgram[], fragments: number): string {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
  const files = verified.reduce((sum, {program}) => sum + program.files.length, 0)
  const tests = verified.reduce((sum, {program}) => sum + program.tests.length, 0)
  const outputs = verified.filter(({result}) => result.checked.includes('output')).length
  const failures = verified.filter(({result}) => !result.ok).length
  const reused = verified.filter((program) => program.reused).length
  return `${count(verified.length, 'program')} (${count(files, 'file')}), ${count(tests, 'test file')}, ${count(fragments, 'fragment')}, ${count(outputs, 'output')} compared at \`${pin.ref}\` (${pin.commit.slice(0, 12)}) with ${pin.go}${reused > 0 ? ` (${reused} unchanged, taken from the lock)` : ''}: ${count(failures, 'failure')}`
}
