/**
 * `@moby-anatomy/go-examples`: verify the Go examples of a doc set and write
 * the examples lock. The command is `go-examples` (`cli.ts`); these are its
 * parts, for tools that want to run them themselves.
 */
export {verifyProgram, packageName} from './build.ts'
export type {ChapterProgram, GoSetup, ProgramResult} from './build.ts'
export {collectExamples, createLock, repository, summarize, verifyAll} from './verify.ts'
export type {DocSetExamples, Pin, VerifiedProgram} from './verify.ts'
export {findToolchainScript, goVersion, gopathFor, installGo, resolveCommit, SetupError} from './toolchain.ts'
export {formatDrift, main, run} from './cli.ts'
