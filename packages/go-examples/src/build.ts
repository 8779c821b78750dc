/**
 * Verify one program: write its blocks as Go files, then `go build`,
 * `go vet`, run it when it states its output, and `go test` when it has test
 * files, in GOPATH mode against the tree `toolchain.ts` made. No network:
 * modules and the proxy are off.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type {GoBlock, GoProgram} from '@moby-anatomy/remark-lint-go-examples/extract'
import {normaliseOutput} from '@moby-anatomy/remark-lint-go-examples/extract'
import type {Check} from '@moby-anatomy/remark-lint-go-examples/lock'

/** Where Go and the tree to build against are. */
export interface GoSetup {
  readonly goroot: string
  readonly gopath: string
  /** `GOCACHE`: the build cache, kept between runs so a second run takes seconds. */
  readonly buildCache: string
  /** A folder for the programs' sources while they are checked. */
  readonly workFolder: string
}

/** A program and the chapter it is in. */
export interface ChapterProgram {
  readonly chapter: string
  readonly program: GoProgram
}

/** What verifying a program found. */
export interface ProgramResult {
  readonly ok: boolean
  /** The checks that ran, in order; the last one failed when `ok` is false. */
  readonly checked: readonly Check[]
  /** One line: the step and the first lines of Go's report, positions mapped to the chapter. */
  readonly reason?: string
  /** Go's whole report of the failed step, positions mapped, for the terminal. */
  readonly report?: string
}

/** How long a program that states its output may run, and how long its tests may take. */
const runTimeout = 30_000
const testTimeout = 180_000

/** Build, vet, run and test one program. */
export function verifyProgram(setup: GoSetup, {chapter, program}: ChapterProgram): ProgramResult {
  const [head] = program.files
  if (!head) return {ok: false, checked: [], reason: 'no files'}
  fs.mkdirSync(setup.workFolder, {recursive: true})
  const folder = fs.mkdtempSync(path.join(setup.workFolder, `${path.parse(chapter).name.slice(0, 2)}-L${head.line}-`))
  try {
    for (const block of program.files) fs.writeFileSync(path.join(folder, fileName(block)), block.node.value + '\n')
    for (const block of program.tests) fs.writeFileSync(path.join(folder, fileName(block)), block.node.value + '\n')
    const mapPositions = positionMapper(chapter, [...program.files, ...program.tests])
    const checked: Check[] = []
    const step = (check: Check, args: readonly string[], timeout = testTimeout): ProgramResult | undefined => {
      checked.push(check)
      const result = go(setup, folder, args, timeout)
      if (result.ok) return undefined
      // Go heads its report with `# <package path>`: a temporary folder, of no use to the reader.
      const report = mapPositions(result.output.replaceAll(/^# .*\n/gm, ''))
      return {ok: false, checked, reason: `go ${args[0]}: ${firstLines(report)}`, report}
    }
    const isMain = packageName(head.node.value) === 'main'
    const binary = path.join(folder, 'program')
    const failure =
      step('build', isMain ? ['build', '-o', binary, '.'] : ['build', '.']) ??
      step('vet', ['vet', '.']) ??
      (program.output && isMain ? compareOutput(setup, binary, folder, program.output.text, checked) : undefined) ??
      (program.tests.length > 0 ? step('test', ['test', '-count=1', '.']) : undefined)
    return failure ?? {ok: true, checked}
  } finally {
    fs.rmSync(folder, {recursive: true, force: true})
  }
}

/** Run the built program with no daemon in reach and compare what it prints with what the chapter says. */
function compareOutput(setup: GoSetup, binary: string, folder: string, expected: string, checked: Check[]): ProgramResult | undefined {
  checked.push('output')
  const result = spawnSync(binary, [], {cwd: folder, encoding: 'utf8', timeout: runTimeout, env: goEnvironment(setup)})
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status}`
    return {ok: false, checked, reason: `run: ${why}: ${firstLines(result.stderr ?? '')}`, report: result.stderr ?? ''}
  }
  const actual = normaliseOutput(result.stdout)
  if (actual === expected) return undefined
  const expectedLines = expected.split('\n')
  const actualLines = actual.split('\n')
  const index = expectedLines.findIndex((line, position) => line !== actualLines[position])
  const at = index === -1 ? expectedLines.length : index
  return {
    ok: false,
    checked,
    reason: `run: output line ${at + 1} is ${JSON.stringify(actualLines[at] ?? '(end of output)')}, expected ${JSON.stringify(expectedLines[at] ?? '(end of output)')}`,
    report: `got:\n${actual}\nexpected:\n${expected}`,
  }
}

/** The environment of every Go command: GOPATH mode, local toolchain, no proxy, no cgo, no daemon. */
function goEnvironment(setup: GoSetup): NodeJS.ProcessEnv {
  return {
    PATH: `${path.join(setup.goroot, 'bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
    HOME: process.env['HOME'] ?? setup.workFolder,
    TMPDIR: process.env['TMPDIR'] ?? '/tmp',
    GOROOT: setup.goroot,
    GOPATH: setup.gopath,
    GOCACHE: setup.buildCache,
    GO111MODULE: 'off',
    GOTOOLCHAIN: 'local',
    GOFLAGS: '',
    GOPROXY: 'off',
    GOENV: 'off',
    GOTELEMETRY: 'off',
    CGO_ENABLED: '0',
    // A program that needs a daemon fails fast instead of finding one.
    DOCKER_HOST: 'unix:///nonexistent/go-examples/docker.sock',
  }
}

/** Run `go <args>` in `folder`. */
function go(setup: GoSetup, folder: string, args: readonly string[], timeout: number): {ok: boolean; output: string} {
  const result = spawnSync(path.join(setup.goroot, 'bin/go'), args, {cwd: folder, encoding: 'utf8', timeout, env: goEnvironment(setup)})
  if (result.error) return {ok: false, output: result.error.message}
  return {ok: result.status === 0, output: `${result.stdout}${result.stderr}`}
}

/** The Go file a block is written to: named after its fence line, so Go's positions map back. */
function fileName(block: GoBlock): string {
  return block.kind === 'test' ? `line${block.line}_test.go` : `line${block.line}.go`
}

/** Turn `./line86.go:12:5` in Go's output into `06-实战经验和最佳实践.md:98:5`. */
function positionMapper(chapter: string, blocks: readonly GoBlock[]): (text: string) => string {
  const byLine = new Map(blocks.map((block) => [block.line, block]))
  return (text) =>
    text.replaceAll(/(?:[^\s:]*\/)?line(\d+)(?:_test)?\.go:(\d+)(?::(\d+))?/g, (match, fence: string, line: string, column: string | undefined) => {
      const block = byLine.get(Number(fence))
      if (!block) return match
      const indent = (block.node.position?.start.column ?? 1) - 1
      return `${chapter}:${Number(fence) + Number(line)}${column === undefined ? '' : `:${Number(column) + indent}`}`
    })
}

/** The package name of a Go file (`main`, `inspectdemo`). */
export function packageName(source: string): string | undefined {
  return /^\s*package\s+([\p{L}_][\p{L}\p{N}_]*)/mu.exec(source.replaceAll(/\/\*[\s\S]*?\*\//g, '').replaceAll(/^\s*\/\/.*$/gm, ''))?.[1]
}

/** The first three meaningful lines of a report, joined into one line. */
function firstLines(report: string): string {
  const lines = report
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && !/^(?:FAIL|ok)\b/.test(line))
  const shown = lines.slice(0, 3).join('; ')
  return lines.length > 3 ? `${shown}; …` : shown || 'no output'
}
