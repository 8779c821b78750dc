/**
 * Options of the changelog module, written in `.changeset/config.json` as
 * `"changelog": ["@moby-anatomy/changesets-changelog", {…}]`. They are checked
 * once; a bad option stops the release with the config line to write.
 */
import {code, listOr} from '@moby-anatomy/rule-kit'

/** The package name, as `.changeset/config.json` names the module. */
export const moduleName = '@moby-anatomy/changesets-changelog'

/** Options of the changelog module and the version-history step. */
export interface Options {
  /** Header cells of the version-history table (default: `['版本', '日期', '主要变更', '作者']`). */
  readonly header?: readonly [string, string, string, string] | null | undefined
  /** Joins the summaries of one release in the change cell (default: `'；'`). */
  readonly separator?: string | null | undefined
  /** Joins the authors of one release in the author cell (default: `'、'`). */
  readonly authorSeparator?: string | null | undefined
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly header: readonly [string, string, string, string]
  readonly separator: string
  readonly authorSeparator: string
}

/** A release that cannot go on: the message says what, why and what to do. */
export class ReleaseError extends Error {
  override name = 'ReleaseError'
}

export const defaults: ResolvedOptions = {
  header: ['版本', '日期', '主要变更', '作者'],
  separator: '；',
  authorSeparator: '、',
}

const checks: Readonly<Record<keyof ResolvedOptions, (value: unknown) => string | undefined>> = {
  header: (value) =>
    Array.isArray(value) && value.length === 4 && value.every((cell) => typeof cell === 'string' && cell.trim() !== '' && !cell.includes('|'))
      ? undefined
      : 'an array of 4 non-empty header cells without `|`',
  separator: (value) => (typeof value === 'string' && value !== '' && !/[|\n]/.test(value) ? undefined : 'a non-empty string without `|` or a line break'),
  authorSeparator: (value) =>
    typeof value === 'string' && value !== '' && !/[|\n]/.test(value) ? undefined : 'a non-empty string without `|` or a line break',
}

/**
 * Check options as changesets passes them (`null` when the config gives none)
 * and fill in the defaults; throws a `ReleaseError` showing the config line.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) return defaults
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ReleaseError(`Unexpected options ${show(options)} for ${code(moduleName)}, expected an object.\n${configHint({})}`)
  }
  const given = options as Record<string, unknown>
  for (const [key, value] of Object.entries(given)) {
    const check = (checks as Record<string, ((value: unknown) => string | undefined) | undefined>)[key]
    if (!check) {
      const {[key]: _unknown, ...rest} = given
      throw new ReleaseError(
        `Unexpected option ${code(key)} for ${code(moduleName)}, expected ${listOr(Object.keys(checks))}.\n${configHint(rest)}`,
      )
    }
    if (value === undefined || value === null) continue
    const expected = check(value)
    if (expected) {
      const fixed = {...given, [key]: defaults[key as keyof ResolvedOptions]}
      throw new ReleaseError(`Unexpected value ${show(value)} for option ${code(key)} of ${code(moduleName)}, expected ${expected}.\n${configHint(fixed)}`)
    }
  }
  const picked = given as Options
  return {
    header: picked.header ?? defaults.header,
    separator: picked.separator ?? defaults.separator,
    authorSeparator: picked.authorSeparator ?? defaults.authorSeparator,
  }
}

/** The line to write in `.changeset/config.json`, with `options` (or every default when empty). */
export function configHint(options: Readonly<Record<string, unknown>>): string {
  const shown = Object.keys(options).length > 0 ? options : {header: defaults.header}
  return `Write it in .changeset/config.json as:\n  "changelog": [${JSON.stringify(moduleName)}, ${json(shown)}]`
}

/** JSON on one line with a space after each comma and colon, as people write config. */
function json(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(json).join(', ')}]`
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([key, entry]) => `${JSON.stringify(key)}: ${json(entry)}`).join(', ')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** Show a received value briefly. */
function show(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return code(text.length > 60 ? text.slice(0, 57) + '...' : text)
}
