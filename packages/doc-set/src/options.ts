/**
 * Option checking shared by the rules: unknown keys and values of the wrong
 * shape stop the run with a message naming the option and the expected form.
 */
import type {VFile} from 'vfile'
import {code, listOr} from './format.ts'

/** For each option, a check returning what was expected when the value is wrong. */
export type OptionSpec = Readonly<Record<string, (value: unknown) => string | undefined>>

/**
 * Check `options` against `spec`; on the first problem, `file.fail` with
 * ``Unexpected value `x` for `options.field`, expected …``.
 */
export function checkOptions(file: VFile, ruleId: string, options: unknown, spec: OptionSpec): void {
  const fail = (reason: string): never => stop(file, ruleId, reason)
  if (options === undefined || options === null) return
  if (typeof options !== 'object' || Array.isArray(options)) {
    fail(`Unexpected options ${show(options)} for \`${ruleId}\`, expected an object`)
  }
  for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
    const check = spec[key]
    if (!check) {
      return fail(`Unexpected option ${code(key)} for \`${ruleId}\`, expected ${listOr(Object.keys(spec))}`)
    }
    if (value === undefined || value === null) continue
    const expected = check(value)
    if (expected) fail(`Unexpected value ${show(value)} for \`options.${key}\` of \`${ruleId}\`, expected ${expected}`)
  }
}

/** Expect an array of exactly `count` non-empty strings (table header cells). */
export function headerCells(count: number): (value: unknown) => string | undefined {
  return (value) =>
    Array.isArray(value) && value.length === count && value.every((cell) => typeof cell === 'string' && cell.trim() !== '')
      ? undefined
      : `an array of ${count} non-empty header cells, such as \`[${Array.from({length: count}, (_, index) => `'cell ${index + 1}'`).join(', ')}]\``
}

/** Expect a non-empty string. */
export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? undefined : 'a non-empty string'
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
export function toPattern(value: RegExp | string | null | undefined, fallback: RegExp): RegExp {
  if (value === undefined || value === null) return fallback
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

/** The note that marks a message as a configuration error (commands exit 2 on it). */
export const optionErrorNote = 'Configuration error: fix the rule options in the remark configuration, not the document.'

/** Whether a message reports a wrong option rather than a finding in the document. */
export function isOptionError(message: {readonly note?: string | undefined}): boolean {
  return message.note === optionErrorNote
}

/** Stop the run with an option error stamped with the rule's source, id and docs. */
export function stop(file: VFile, ruleId: string, reason: string): never {
  const message = file.message(reason, {ruleId, source: 'remark-lint'})
  message.fatal = true
  message.note = optionErrorNote
  message.url = `https://github.com/moby-anatomy/moby-anatomy/tree/main/packages/remark-lint-${ruleId}#options`
  throw message
}
