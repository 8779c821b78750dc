/**
 * One way to define a rule. A rule declares its id, its option spec and
 * defaults, and a check; the kit does the rest once for every rule:
 * `lintRule` with the origin and URL derived from the id, option checking
 * (`optionProblem`), merging the defaults once per configuration, one frozen
 * settings object for the check, the run's document cache, and reporters.
 */
import {DocCache} from '@moby-anatomy/markdown-helpers'
import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {optionProblem, reportOptionError, RuleOptionError, type OptionSpec} from './options.ts'
import {createReporter, type Reporter} from './report.ts'

/** Marks an option that has no default: the user must give it. */
export const requiredOption: unique symbol = Symbol('required option')

/** Options after defaults: every field present, never `null`. */
export type Merged<Options> = {readonly [Key in keyof Options]-?: Exclude<Options[Key], null | undefined>}

/** The default of every option, or `requiredOption`. */
export type Defaults<Options> = {readonly [Key in keyof Options]-?: Exclude<Options[Key], null | undefined> | typeof requiredOption}

/** What a check gets besides the tree, the file and its settings. */
export interface RuleContext extends Reporter {
  /** The documents of the run: read other files through it (each parsed once). */
  readonly docs: DocCache
}

/** A rule, as declared. */
export interface RuleDefinition<Options extends object, Settings> {
  /** The rule id: `nav-table` for the package `remark-lint-nav-table`. */
  readonly id: string
  /** A check per option. */
  readonly options: OptionSpec<Options>
  /** A default per option (`requiredOption` when there is none). */
  readonly defaults: Defaults<Options>
  /** Turn merged options into settings (compile a pattern, a matcher); run once per configuration. */
  readonly prepare?: ((options: Merged<Options>) => Settings) | undefined
  /** Check one file; report through `context`. */
  readonly check: (tree: Root, file: VFile, settings: Readonly<Settings>, context: RuleContext) => void
}

/** A rule made by `defineRule`: a unified plugin, plus what fixers need. */
export type Rule<Options extends object, Settings> = Plugin<[(Options | null | undefined)?], Root> & {
  /** The rule id. */
  readonly ruleId: string
  /** The rule's documentation. */
  readonly url: string
  /** Check `options` and merge the defaults as the rule does; throws `RuleOptionError` on a bad option. */
  readonly settings: (options: Options | null | undefined) => Readonly<Settings>
}

const repository = 'https://github.com/moby-anatomy/moby-anatomy/tree/main/packages'

/** Define a rule: see the package README. */
export function defineRule<Options extends object, Settings = Merged<Options>>(definition: RuleDefinition<Options, Settings>): Rule<Options, Settings> {
  const {id} = definition
  const url = `${repository}/remark-lint-${id}#readme`
  const required = Object.keys(definition.defaults).filter((key) => definition.defaults[key as keyof Options] === requiredOption)

  /** Settings of one configuration, or the problem with it. */
  const resolve = (options: unknown): {readonly ok: true; readonly settings: Readonly<Settings>} | {readonly ok: false; readonly reason: string} => {
    const reason = optionProblem(id, options, definition.options as OptionSpec, required)
    if (reason) return {ok: false, reason}
    const given = Object.entries((options ?? {}) as Record<string, unknown>).filter(([, value]) => value !== undefined && value !== null)
    const merged = {...definition.defaults, ...Object.fromEntries(given)} as Merged<Options>
    const settings = definition.prepare ? definition.prepare(merged) : (merged as unknown as Settings)
    return {ok: true, settings: Object.freeze(settings)}
  }

  // Engines attach plugins once per file: resolve each configuration object once.
  const resolutions = new WeakMap<object, ReturnType<typeof resolve>>()
  let withoutOptions: ReturnType<typeof resolve> | undefined
  const resolveOnce = (options: unknown): ReturnType<typeof resolve> => {
    if (typeof options !== 'object' || options === null) return options === undefined || options === null ? (withoutOptions ??= resolve(options)) : resolve(options)
    let resolved = resolutions.get(options)
    if (!resolved) {
      resolved = resolve(options)
      resolutions.set(options, resolved)
    }
    return resolved
  }

  function plugin(this: Processor, config?: Options | null) {
    // The run's cache, set by `remarkParseOnce`; a rule used on its own gets its own.
    const docs = this.data('docCache') ?? new DocCache()
    const lint = lintRule<Root, Options | null | undefined>({origin: `remark-lint:${id}`, url}, (tree, file, options) => {
      const resolved = resolveOnce(options)
      if (!resolved.ok) {
        reportOptionError(file, id, resolved.reason)
        return
      }
      definition.check(tree, file, resolved.settings, {...createReporter(file, id), docs})
    })
    const transform = lint.call(this, config)
    if (!transform) return undefined
    return (tree: Root, file: VFile, next: (error?: Error) => void) => {
      transform(tree, file, (error?: Error) => {
        // `lintRule` stamps every new message with the rule's severity and URL; an option error keeps its own.
        for (const message of file.messages) {
          if ('optionError' in message && message.ruleId === id) Object.assign(message, {fatal: true, url: `${repository}/remark-lint-${id}#options`})
        }
        next(error)
      })
    }
  }
  Object.defineProperty(plugin, 'name', {value: `remark-lint:${id}`})

  return Object.assign(plugin as unknown as Plugin<[(Options | null | undefined)?], Root>, {
    ruleId: id,
    url,
    settings(options: Options | null | undefined) {
      const result = resolve(options)
      if (!result.ok) throw new RuleOptionError(result.reason)
      return result.settings
    },
  })
}
