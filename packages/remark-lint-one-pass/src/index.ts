/**
 * remark-lint-one-pass: the stock remark-lint rules of the preset in one walk
 * of the tree. `unified().use(remarkLintOnePass, {'heading-style': 'atx',
 * 'final-newline': true})` reports what `.use(remarkLintHeadingStyle, 'atx')
 * .use(remarkLintFinalNewline)` reports, message for message (same reason,
 * `ruleId`, `source`, `url`, `fatal`, place, ancestors and cause), so
 * `<!--lint disable heading-style-->` comments work as before.
 */
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Check, CheckContext, Report} from './check.ts'
import {checks} from './checks/index.ts'
import type {Option as CodeBlockStyle} from './checks/code-block-style.ts'
import type {Option as EmphasisMarker} from './checks/emphasis-marker.ts'
import type {Option as FencedCodeFlag} from './checks/fenced-code-flag.ts'
import type {Option as FinalNewline} from './checks/final-newline.ts'
import type {Option as HardBreakSpaces} from './checks/hard-break-spaces.ts'
import type {Option as HeadingIncrement} from './checks/heading-increment.ts'
import type {Option as HeadingStyle} from './checks/heading-style.ts'
import type {Option as NoConsecutiveBlankLines} from './checks/no-consecutive-blank-lines.ts'
import type {Option as NoDuplicateDefinitions} from './checks/no-duplicate-definitions.ts'
import type {Option as NoDuplicateHeadingsInSection} from './checks/no-duplicate-headings-in-section.ts'
import type {Option as NoEmptyUrl} from './checks/no-empty-url.ts'
import type {Option as NoHeadingPunctuation} from './checks/no-heading-punctuation.ts'
import type {Option as NoMultipleToplevelHeadings} from './checks/no-multiple-toplevel-headings.ts'
import type {Option as NoUndefinedReferences} from './checks/no-undefined-references.ts'
import type {Option as NoUnusedDefinitions} from './checks/no-unused-definitions.ts'
import type {Option as OrderedListMarkerStyle} from './checks/ordered-list-marker-style.ts'
import type {Option as StrongMarker} from './checks/strong-marker.ts'
import type {Option as TablePipes} from './checks/table-pipes.ts'
import type {Option as UnorderedListMarkerStyle} from './checks/unordered-list-marker-style.ts'
import {coerce, type Setting} from './severity.ts'
import {walk, type WalkEntry} from './walk.ts'

export type {Check, CheckContext, CheckRun, Report} from './check.ts'
export type {Label, Setting, Severity} from './severity.ts'
export {checks} from './checks/index.ts'

/**
 * A rule's setting: what the stock rule takes (its option, or `[severity,
 * option]`), `true` for on with its defaults, `false` for off (as
 * `unified().use(rule, false)`). A rule absent or `undefined` is off.
 */
export type RuleSetting<Option> = Setting<Option> | boolean | undefined

/** The rules to run, by stock rule name, each with the option the stock rule takes. */
export interface Options {
  readonly 'no-multiple-toplevel-headings'?: RuleSetting<NoMultipleToplevelHeadings>
  readonly 'heading-increment'?: RuleSetting<HeadingIncrement>
  readonly 'heading-style'?: RuleSetting<HeadingStyle>
  readonly 'no-duplicate-headings-in-section'?: RuleSetting<NoDuplicateHeadingsInSection>
  readonly 'no-heading-punctuation'?: RuleSetting<NoHeadingPunctuation>
  readonly 'code-block-style'?: RuleSetting<CodeBlockStyle>
  readonly 'fenced-code-flag'?: RuleSetting<FencedCodeFlag>
  readonly 'no-empty-url'?: RuleSetting<NoEmptyUrl>
  readonly 'no-undefined-references'?: RuleSetting<NoUndefinedReferences>
  readonly 'no-unused-definitions'?: RuleSetting<NoUnusedDefinitions>
  readonly 'no-duplicate-definitions'?: RuleSetting<NoDuplicateDefinitions>
  readonly 'table-pipes'?: RuleSetting<TablePipes>
  readonly 'unordered-list-marker-style'?: RuleSetting<UnorderedListMarkerStyle>
  readonly 'ordered-list-marker-style'?: RuleSetting<OrderedListMarkerStyle>
  readonly 'strong-marker'?: RuleSetting<StrongMarker>
  readonly 'emphasis-marker'?: RuleSetting<EmphasisMarker>
  readonly 'hard-break-spaces'?: RuleSetting<HardBreakSpaces>
  readonly 'no-consecutive-blank-lines'?: RuleSetting<NoConsecutiveBlankLines>
  readonly 'final-newline'?: RuleSetting<FinalNewline>
}

/** A check that is on, with what unified-lint-rule would have given the stock rule. */
interface Enabled {
  readonly check: Check
  readonly option: unknown
  /** Stamped on each message, as unified-lint-rule stamps a rule's messages. */
  readonly stamp: {readonly fatal: boolean; readonly ruleId: string; readonly source: 'remark-lint'; readonly url: string}
}

/** Run the checks turned on in `options` in one walk of each tree. */
const remarkLintOnePass: Plugin<[(Options | null | undefined)?], Root> = function (options) {
  const enabled = enable(options)
  if (enabled.length === 0) return undefined
  return (tree, file) => {
    const entries: WalkEntry[] = []
    for (const rule of enabled) {
      const fail = (error: unknown) => failed(file, rule, error)
      try {
        const run = rule.check.start(context(tree, file, rule))
        if (run) entries.push({types: rule.check.types, run, fail})
      } catch (error) {
        fail(error)
      }
    }
    walk(tree, entries)
  }
}

export default remarkLintOnePass

/** The checks `options` turns on, in registry order; throws on an unknown rule or a wrong severity. */
function enable(options: Options | null | undefined): Enabled[] {
  if (options === null || options === undefined) return []
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('Unexpected value `' + String(options) + '` for `options`, expected an object of rule names to settings, such as `{"heading-style": "atx"}`')
  }
  const settings = options as Readonly<Record<string, unknown>>
  for (const name of Object.keys(settings)) {
    if (!checks.some((check) => check.name === name)) {
      throw new Error('Unexpected rule `' + name + '` in `options`, expected ' + listNames(checks.map((check) => check.name)))
    }
  }
  const enabled: Enabled[] = []
  for (const check of checks) {
    const setting = settings[check.name]
    // As `unified().use(rule, setting)`: `false` is off, `true` is on with no option.
    if (setting === undefined || setting === false) continue
    const [severity, option] = coerce(check.name, setting === true ? undefined : setting)
    if (severity === 0) continue
    enabled.push({check, option, stamp: {fatal: severity === 2, ruleId: check.name, source: 'remark-lint', url: check.url}})
  }
  return enabled
}

/** The context a check gets for one file. */
function context(tree: Root, file: VFile, rule: Enabled): CheckContext<unknown> {
  return {
    tree,
    file,
    option: rule.option,
    report(reason: string, report: Report) {
      const message = file.message(reason, report as Parameters<VFile['message']>[1])
      Object.assign(message, rule.stamp)
    },
  }
}

/**
 * What unified-lint-rule does when a rule throws: the error becomes a message
 * of the file (already one when the check called `file.fail`), stamped like
 * the rule's other messages; the other checks go on.
 */
function failed(file: VFile, rule: Enabled, error: unknown): void {
  if (!error) return
  let message = file.messages.includes(error as VFileMessage) ? (error as VFileMessage) : undefined
  if (!message) {
    try {
      file.fail(error as Error)
    } catch {
      // `fail` throws the message it added.
    }
    message = file.messages.at(-1)
  }
  if (message) Object.assign(message, rule.stamp)
}

/** Names for a message: the first three and `…`, in backticks. */
function listNames(names: readonly string[]): string {
  const quoted = names.slice(0, 3).map((name) => '`' + name + '`')
  return new Intl.ListFormat('en', {type: 'disjunction'}).format(names.length > 3 ? [...quoted, '…'] : quoted)
}
