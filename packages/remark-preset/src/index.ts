/**
 * The remark preset of the Moby Anatomy doc set: GFM, remark-lint, this
 * project's cross-file rules and the stock rules that suit Chinese technical
 * prose. `createPreset(options)` builds it with rule options for another doc
 * set (pass `glossaryCoverage: {glossary}` with your own glossary, or `false`;
 * `sourceRefs: {lock}` with another refs lock, or `false`; `goExamples: {lock}`
 * with another examples lock, or `false`);
 * the default export uses this doc set's defaults and glossary.
 */
import {DocCache, remarkGfmOneWalk, remarkParseInSections, remarkParseOnce} from '@moby-anatomy/markdown-helpers'
import {glossary as mobyGlossary} from '@moby-anatomy/glossary'
import remarkLintCjkTypography, {type Options as CjkTypographyOptions} from '@moby-anatomy/remark-lint-cjk-typography'
import remarkLintGlossaryCoverage, {type Options as GlossaryCoverageOptions} from '@moby-anatomy/remark-lint-glossary-coverage'
import remarkLintTextEncoding from '@moby-anatomy/remark-lint-text-encoding'
import remarkLintGoExamples, {type Options as GoExamplesOptions} from '@moby-anatomy/remark-lint-go-examples'
import remarkLintNavTable, {type Options as NavTableOptions} from '@moby-anatomy/remark-lint-nav-table'
import remarkLintOnePass, {type Options as OnePassOptions} from '@moby-anatomy/remark-lint-one-pass'
import remarkLintSourceRefs, {type Options as SourceRefsOptions} from '@moby-anatomy/remark-lint-source-refs'
import remarkLintVersionHistory, {type Options as VersionHistoryOptions} from '@moby-anatomy/remark-lint-version-history'
import remarkFrontmatter from 'remark-frontmatter'
import type {Preset} from 'unified'
import {remarkLintCommentControl} from './comment-control.ts'

/** Options of the preset: one entry per project rule; `false` turns a rule off. */
export interface PresetOptions {
  /** Run the stock remark-lint rules (default: `true`); `false` keeps only GFM, comment control and the project rules. */
  readonly stockRules?: boolean | null | undefined
  readonly navTable?: NavTableOptions | false | null | undefined
  /** Default: this doc set's glossary (`@moby-anatomy/glossary`). */
  readonly glossaryCoverage?: GlossaryCoverageOptions | false | null | undefined
  readonly versionHistory?: VersionHistoryOptions | false | null | undefined
  /**
   * Default: the `refs.lock.json` beside the linted file's package (the
   * folder holding its `package.json`); `{lock: 'path'}` names another.
   */
  readonly sourceRefs?: SourceRefsOptions | false | null | undefined
  /**
   * Default: the `examples.lock.json` beside the linted file (or above it, up
   * to its package folder). A doc set without one is not checked: with no lock
   * the rule cannot tell a working program from a broken one, so it stays
   * silent rather than warn on other doc sets' Go code. `{lock: 'path'}` names
   * a lock (then a missing one is reported).
   */
  readonly goExamples?: GoExamplesOptions | false | null | undefined
  /** Default: this doc set's glossary (its `names` and `exceptions`). */
  readonly cjkTypography?: CjkTypographyOptions | false | null | undefined
  /** No options; `false` turns it off. */
  readonly textEncoding?: false | null | undefined
  /**
   * The documents of the run, shared by the engine's parser and the rules
   * (default: a new cache for this preset). Pass your own to count parses or
   * to give each run (or worker) a fresh one.
   */
  readonly docCache?: DocCache | null | undefined
}

/** The project's rules by preset option, in run order: registering a rule is one line here (and its import). */
const projectRules = [
  ['navTable', remarkLintNavTable],
  ['glossaryCoverage', remarkLintGlossaryCoverage],
  ['versionHistory', remarkLintVersionHistory],
  ['sourceRefs', remarkLintSourceRefs],
  ['goExamples', remarkLintGoExamples],
  ['cjkTypography', remarkLintCjkTypography],
  // Last: on a binary file it keeps its own message and drops the others' noise.
  ['textEncoding', remarkLintTextEncoding],
] as const

/**
 * What this doc set gives a rule unless told otherwise; fixers read it too, so
 * `doc-lint fix` repairs with the settings `doc-lint` lints with.
 */
export const docSetDefaults: {readonly glossaryCoverage: GlossaryCoverageOptions; readonly cjkTypography: CjkTypographyOptions} = {
  glossaryCoverage: {glossary: mobyGlossary},
  cjkTypography: {glossary: mobyGlossary},

}

/** Headings may not end in these, full-width included (a heading is a title, not a sentence). */
export const headingPunctuation = '.,;:!?。，；：！？、'

/**
 * The stock remark-lint rules chosen for Chinese technical prose (see the
 * README for why each is on), in the order they used to run as plugins of
 * their own. remark-lint-one-pass runs them all in one walk of the tree with
 * the stock rules' messages (same reason, ruleId, source, url: proven by its
 * differential test), so `<!--lint disable heading-style-->` works as before.
 */
const stockRuleSettings: OnePassOptions = {
  // Structure: one title, no skipped levels, no twin headings under one parent.
  'no-multiple-toplevel-headings': true,
  'heading-increment': true,
  'heading-style': 'atx',
  'no-duplicate-headings-in-section': true,
  'no-heading-punctuation': headingPunctuation,
  // Code: fenced with a language, so readers and highlighters know Go from shell.
  'code-block-style': 'fenced',
  'fenced-code-flag': true,
  // Links: no empty or dangling references (a `[x]` in Chinese prose is usually a slip).
  'no-empty-url': true,
  'no-undefined-references': true,
  'no-unused-definitions': true,
  'no-duplicate-definitions': true,
  // Tables: outer pipes keep the generated tables and hand edits identical.
  'table-pipes': true,
  // One way to write each mark, so diffs of Chinese text stay small.
  'unordered-list-marker-style': '-',
  'ordered-list-marker-style': '.',
  'strong-marker': '*',
  'emphasis-marker': '*',
  'hard-break-spaces': true,
  'no-consecutive-blank-lines': true,
  'final-newline': true,
}

/** Build the preset with options for the project rules. */
export function createPreset(options: PresetOptions = {}): Preset {
  const plugins: Preset['plugins'] = [
    // First: large documents are parsed by sections (the same tree, a section's worth of parser memory).
    remarkParseInSections,
    // Then: cross-file rules and the engine share one parse per file (and the rules get the cache).
    [remarkParseOnce, {cache: options.docCache ?? new DocCache()}],
    // remark-gfm, with its autolink-literal pass in one walk (same trees, a tenth less work per file).
    remarkGfmOneWalk,
    // Front matter (YAML `---`, TOML `+++`) is data, not prose: parsed as such, no rule reads it.
    [remarkFrontmatter, ['yaml', 'toml']],
    // remark-lint's comment control, attached after every rule (cheaper on files with no comment).
    remarkLintCommentControl,
  ]
  // After the comment control's place, before the project rules: where the stock rules always ran.
  if (options.stockRules !== false) plugins.push([remarkLintOnePass, stockRuleSettings])
  for (const [key, rule] of projectRules) {
    const given = options[key]
    if (given !== false) plugins.push([rule, {...(docSetDefaults as Readonly<Record<string, object | undefined>>)[key], ...given}])
  }
  return {plugins}
}

const remarkPresetMobyAnatomy: Preset = createPreset()

export default remarkPresetMobyAnatomy
