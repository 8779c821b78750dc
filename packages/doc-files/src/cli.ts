/**
 * One command-line convention for every tool: exit 0 clean, 1 findings, 2 a
 * usage or I/O error; errors print as one line (`tool: message`), a usage
 * error with the usage text after it, never with a stack trace.
 */
import {parseArgs} from 'node:util'
import {FileError, UsageError} from './errors.ts'

/** Exit codes shared by the tools. */
export const exitCode = {clean: 0, findings: 1, error: 2} as const

/** How a command reports. */
export interface CommandOptions {
  /** The command's name, the prefix of each error line (`doc-lint`). */
  readonly name: string
  /** Printed after a usage error. */
  readonly usage: string
  /** Shows paths of file errors relative to this folder (default: `process.cwd()`). */
  readonly cwd?: string | undefined
  /** Where errors go (default: stderr). */
  readonly printError?: ((line: string) => void) | undefined
}

/**
 * Run a command's body and turn anything it throws into one line and exit
 * code 2: a `UsageError` with the usage, a `FileError` naming its file, any
 * other error with its message only.
 */
export async function runCommand(options: CommandOptions, body: () => number | Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (error) {
    ;(options.printError ?? ((line: string) => process.stderr.write(`${line}\n`)))(errorLine(options, error))
    return exitCode.error
  }
}

/** The line printed for an error (with the usage after a usage error). */
export function errorLine(options: CommandOptions, error: unknown): string {
  if (error instanceof UsageError || isParseArgsError(error)) return `${options.name}: ${(error as Error).message}\n\n${options.usage}`
  if (error instanceof FileError) return `${options.name}: ${error.relativeTo(options.cwd ?? process.cwd())}`
  const message = error instanceof Error ? error.message : String(error)
  return `${options.name}: ${oneLine(message)}`
}

/** Whether `error` is one of `util.parseArgs`' (an unknown flag, a missing value). */
export function isParseArgsError(error: unknown): boolean {
  const code = (error as {code?: unknown} | null | undefined)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}

/**
 * A message on one line: control characters (C0, DEL, C1, line and paragraph
 * separators, bidirectional overrides and isolates) shown escaped, so no
 * message can forge another line (a CI annotation, a fake finding) or reorder
 * what a reader sees.
 */
export function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A parsed `tool <command> [--name value…]` line. */
export interface Subcommand<Name extends string> {
  /** `--help` or `-h` came first: print the usage, exit 0. */
  readonly help: boolean
  readonly command: string
  /** Each option given: a string, or `true` for a flag. */
  readonly values: Partial<Record<Name, string | boolean>>
}

/**
 * Parse `tool <command> [--name value…]` with `util.parseArgs` (no
 * positionals): an unknown command, flag or missing value throws one
 * `UsageError` that names it.
 */
export function parseSubcommand<Name extends string>(argv: readonly string[], commands: readonly string[], options: Readonly<Record<Name, 'string' | 'boolean'>>): Subcommand<Name> {
  const [command, ...rest] = argv
  if (command === '--help' || command === '-h') return {help: true, command: '', values: {}}
  if (command === undefined || !commands.includes(command)) {
    const expected = commands.map((name) => `\`${name}\``).join(' or ')
    throw new UsageError(`Unexpected command ${command === undefined ? '(none)' : `\`${command}\``}, expected ${expected}`)
  }
  const spec = Object.fromEntries(Object.entries<'string' | 'boolean'>(options).map(([name, type]) => [name, {type}]))
  try {
    const {values} = parseArgs({args: [...rest], options: spec, strict: true, allowPositionals: false})
    return {help: false, command, values: values as Partial<Record<Name, string | boolean>>}
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}
