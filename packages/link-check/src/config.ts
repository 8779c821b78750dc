/**
 * `linkinator.config.json` beside a doc set. `skip`, `concurrency` and
 * `timeout` mean what they mean to linkinator's own CLI (which reads the same
 * file); `retries`, `retryDelay` and `maxRetryDelay` drive our retry pass.
 */
import fs from 'node:fs'
import path from 'node:path'
import {UsageError} from '@moby-anatomy/doc-files'

/** Settings of a link check; every field has a default. */
export interface LinkCheckConfig {
  /** Regular expressions of external URLs never requested (default: none). */
  readonly skip: readonly string[]
  /** Requests in flight at once (default: `8`). */
  readonly concurrency: number
  /** Milliseconds before a request is abandoned as a timeout (default: `10000`). */
  readonly timeout: number
  /** Further attempts for an external URL answering 429 or 5xx (default: `2`). */
  readonly retries: number
  /** Milliseconds before the first retry, doubled for each next one (default: `1000`). */
  readonly retryDelay: number
  /** Longest wait, in milliseconds, a `retry-after` header may ask for; longer asks are reported, not awaited (default: `60000`). */
  readonly maxRetryDelay: number
}

export const configFileName = 'linkinator.config.json'

export const defaultConfig: LinkCheckConfig = {
  skip: [],
  concurrency: 8,
  timeout: 10_000,
  retries: 2,
  retryDelay: 1000,
  maxRetryDelay: 60_000,
}

/** A bad configuration or command line: exit code 2, no stack trace (the one `UsageError` of the tools). */
export {UsageError}

const integerKeys = {concurrency: 1, timeout: 1, retries: 0, retryDelay: 0, maxRetryDelay: 0} as const
/** Keys of linkinator's own configuration that this tool leaves to linkinator's CLI. */
const linkinatorOnlyKeys = new Set(['$schema', 'markdown', 'checkFragments', 'directoryListing', 'recurse', 'format', 'verbosity'])

/** Load `file` (or `<folder>/linkinator.config.json` when it exists) and check every field. */
export function loadConfig(folder: string, file?: string): LinkCheckConfig {
  const configPath = file ?? path.join(folder, configFileName)
  if (!fs.existsSync(configPath)) {
    if (file) throw new UsageError(`Unexpected \`--config ${file}\` that does not exist, expected a JSON file like ${configFileName}`)
    return defaultConfig
  }
  let value: unknown
  try {
    value = JSON.parse(fs.readFileSync(configPath, 'utf8'))
  } catch (error) {
    throw new UsageError(`Unexpected content in ${configPath}, expected JSON: ${(error as Error).message}`, {cause: error})
  }
  return checkConfig(value, configPath)
}

/** Check a parsed configuration; `where` names it in messages. */
export function checkConfig(value: unknown, where: string): LinkCheckConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`Unexpected ${JSON.stringify(value)} in ${where}, expected an object like {"skip": ["^https://example\\\\.com/"], "timeout": 10000}`)
  }
  const config: Record<string, unknown> = {...defaultConfig}
  for (const [key, field] of Object.entries(value)) {
    if (key === 'skip') {
      const list = typeof field === 'string' ? [field] : field
      if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string')) {
        throw new UsageError(`Unexpected value ${JSON.stringify(field)} for \`skip\` in ${where}, expected an array of regular expressions`)
      }
      for (const pattern of list) {
        try {
          new RegExp(pattern)
        } catch (error) {
          throw new UsageError(`Unexpected regular expression \`${pattern}\` in \`skip\` in ${where}: ${(error as Error).message}`, {cause: error})
        }
      }
      config.skip = list
    } else if (key in integerKeys) {
      const minimum = integerKeys[key as keyof typeof integerKeys]
      if (typeof field !== 'number' || !Number.isInteger(field) || field < minimum) {
        throw new UsageError(`Unexpected value ${JSON.stringify(field)} for \`${key}\` in ${where}, expected an integer >= ${minimum}`)
      }
      config[key] = field
    } else if (!linkinatorOnlyKeys.has(key)) {
      const known = ['skip', ...Object.keys(integerKeys)].map((name) => `\`${name}\``).join(', ')
      throw new UsageError(`Unexpected key \`${key}\` in ${where}, expected one of ${known}`)
    }
  }
  return config as unknown as LinkCheckConfig
}
