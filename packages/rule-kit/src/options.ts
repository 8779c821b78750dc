/**
 * Option checking for the rules: unknown keys and values of the wrong shape
 * are reported once, naming the option and the expected form. An option
 * error is marked on the message itself (`optionError: true`), so commands
 * tell it from a finding in the document without reading its wording.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {code, listOr} from './format.ts'

/** A check of one option value: what was expected, or `undefined` when the value is fine. */
export type OptionCheck = (value: unknown) => string | undefined

/** For each option, its check. */
export type OptionSpec<Options extends object = Record<string, unknown>> = {readonly [Key in keyof Options]-?: OptionCheck}

/** A message that reports a wrong rule option rather than a finding in the document. */
export type OptionErrorMessage = VFileMessage & {readonly optionError: true}

/** What a user reads under an option error. */
export const optionErrorNote = 'Configuration error: fix the rule options in the remark configuration, not the document.'

/**
 * The first problem of `options` against `spec`, worded as
 * ``Unexpected value `x` for `options.field` of `rule`, expected …``, or
 * `undefined` when the options are fine. `required` options must be given.
 */
export function optionProblem(ruleId: string, options: unknown, spec: OptionSpec, required: readonly string[]): string | undefined {
  const given = options === undefined || options === null ? {} : options
  if (typeof given !== 'object' || Array.isArray(given)) return `Unexpected options ${show(options)} for ${code(ruleId)}, expected an object`
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    const check = Object.hasOwn(spec, key) ? spec[key] : undefined
    if (!check) return `Unexpected option ${code(key)} for ${code(ruleId)}, expected ${listOr(Object.keys(spec))}`
    if (value === undefined || value === null) continue
    const expected = check(value)
    if (expected) return `Unexpected value ${show(value)} for \`options.${key}\` of ${code(ruleId)}, expected ${expected}`
  }
  for (const key of required) {
    const value = (given as Record<string, unknown>)[key]
    if (value === undefined || value === null) {
      return `Unexpected missing \`options.${key}\` of ${code(ruleId)}, expected ${spec[key]?.(undefined) ?? 'a value'}`
    }
  }
  return undefined
}

/** Add an option error to `file`, stamped with the rule's source, id and the URL of its options. */
export function reportOptionError(file: VFile, ruleId: string, reason: string): OptionErrorMessage {
  const message = file.message(reason, {ruleId, source: 'remark-lint'})
  message.fatal = true
  message.note = optionErrorNote
  message.url = `https://github.com/moby-anatomy/moby-anatomy/tree/main/packages/remark-lint-${ruleId}#options`
  return Object.assign(message, {optionError: true as const})
}

/** Whether a message reports a wrong option (it carries `optionError: true`). */
export function isOptionError(message: VFileMessage): message is OptionErrorMessage {
  return (message as Partial<OptionErrorMessage>).optionError === true
}

/** An option error outside a lint run (a fixer given bad options): the message of `optionProblem`. */
export class RuleOptionError extends Error {
  override name = 'RuleOptionError'
}

/** Expect an array of exactly `count` non-empty strings (table header cells). */
export function headerCells(count: number): OptionCheck {
  return (value) =>
    Array.isArray(value) && value.length === count && value.every((cell) => typeof cell === 'string' && cell.trim() !== '')
      ? undefined
      : `an array of ${count} non-empty header cells, such as \`[${Array.from({length: count}, (_, index) => `'cell ${index + 1}'`).join(', ')}]\``
}

/** Expect a non-empty string. */
export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? undefined : 'a non-empty string'
}

/** Expect a boolean. */
export function booleanValue(value: unknown): string | undefined {
  return typeof value === 'boolean' ? undefined : '`true` or `false`'
}

/** Expect a RegExp with one capturing group, or a string source of one. */
export function patternWithGroup(value: unknown): string | undefined {
  const source = value instanceof RegExp ? value.source : typeof value === 'string' ? value : undefined
  if (source === undefined) return 'a RegExp such as `/^(\\d{2})-(.+)\\.md$/`'
  try {
    new RegExp(source)
  } catch {
    return 'a valid regular expression'
  }
  return /\((?!\?)/.test(source) ? undefined : 'a RegExp whose first group captures the chapter number'
}

/** Turn a pattern option into a RegExp. */
export function toPattern(value: RegExp | string): RegExp {
  return value instanceof RegExp ? value : new RegExp(value)
}

/** Show a received value briefly. */
function show(value: unknown): string {
  let text: string
  if (value instanceof RegExp) text = String(value)
  else {
    try {
      text = JSON.stringify(value) ?? String(value)
    } catch {
      text = String(value)
    }
  }
  return code(text.length > 60 ? text.slice(0, 57) + '...' : text)
}
