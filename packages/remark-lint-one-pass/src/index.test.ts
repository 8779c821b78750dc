import {remark} from 'remark'
import remarkLint from 'remark-lint'
import remarkLintHeadingStyle from 'remark-lint-heading-style'
import {VFile} from 'vfile'
import {describe, expect, expectTypeOf, it} from 'vitest'
import remarkLintOnePass, {checks, type Check, type Options, type RuleSetting} from './index.ts'

/** Lint `value` with the one-pass plugin and `options`; the messages as `line:column ruleId reason (fatal)`. */
async function lint(value: string, options: Options): Promise<string[]> {
  const file = await remark().use(remarkLint).use(remarkLintOnePass, options).process(new VFile({path: 'doc.md', value}))
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}${message.fatal ? ' (fatal)' : ''}`)
}

describe('@moby-anatomy/remark-lint-one-pass', () => {
  it('exports the plugin and the registry', async () => {
    expect(Object.keys(await import('./index.ts')).sort()).toEqual(['checks', 'default'])
  })

  it('types each rule by the option its stock rule takes', () => {
    expectTypeOf<Options['heading-style']>().toEqualTypeOf<RuleSetting<'atx' | 'atx-closed' | 'setext' | 'consistent' | null | undefined>>()
    expectTypeOf<{'heading-style': 'atx'}>().toExtend<Options>()
    expectTypeOf<{'heading-style': ['error', 'setext']}>().toExtend<Options>()
    expectTypeOf<{'heading-style': 'atx-open'}>().not.toExtend<Options>()
    expectTypeOf<{'no-undefined-references': {allow: ['x', {source: '^y'}]; allowShortcutLink: true}}>().toExtend<Options>()
    expectTypeOf<{'hard-break-spaces': ['error', {allowSpaces: false}]}>().toExtend<Options>()
    expectTypeOf<{'table-pipes': 'always'}>().not.toExtend<Options>()
    expectTypeOf(checks).toEqualTypeOf<readonly Check[]>()
  })

  it('lists its checks in the preset order, each named and documented like its stock rule', () => {
    expect(checks.map((check) => check.name)).toEqual([
      'no-multiple-toplevel-headings',
      'heading-increment',
      'heading-style',
      'no-duplicate-headings-in-section',
      'no-heading-punctuation',
      'code-block-style',
      'fenced-code-flag',
      'no-empty-url',
      'no-undefined-references',
      'no-unused-definitions',
      'no-duplicate-definitions',
      'table-pipes',
      'unordered-list-marker-style',
      'ordered-list-marker-style',
      'strong-marker',
      'emphasis-marker',
      'hard-break-spaces',
      'no-consecutive-blank-lines',
      'final-newline',
    ])
    for (const check of checks) expect(check.url).toBe(`https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-${check.name}#readme`)
  })

  it('runs only the rules turned on: absent, `undefined`, `false`, `0` and `off` are off', async () => {
    const value = 'Mercury\n=======\n\n* item'
    expect(await lint(value, {})).toEqual([])
    expect(await lint(value, {'heading-style': 'atx', 'final-newline': false, 'unordered-list-marker-style': undefined, 'strong-marker': ['off', '*']})).toEqual([
      '1:1 heading-style Unexpected setext heading, expected ATX',
    ])
    expect(await lint(value, {'final-newline': true, 'unordered-list-marker-style': [0, '-']})).toEqual([
      '4:7 final-newline Unexpected missing final newline character, expected line feed (`\\n`) at end of file',
    ])
  })

  it('makes messages of severity 2 fatal, as unified-lint-rule does', async () => {
    expect(await lint('* a\n', {'unordered-list-marker-style': ['error', '-']})).toEqual(['1:1 unordered-list-marker-style Unexpected unordered list marker `*`, expected `-` (fatal)'])
  })

  it('honours `<!--lint disable …-->` comments, whose control needs the stock source and ruleId', async () => {
    const value = '<!--lint disable heading-style-->\n\nMercury\n=======\n\n<!--lint enable heading-style-->\n\nVenus\n-----\n'
    expect(await lint(value, {'heading-style': 'atx'})).toEqual(['8:1 heading-style Unexpected setext heading, expected ATX'])
  })

  it('reports a wrong option as the stock rule does and runs the other rules', async () => {
    expect(await lint('* a', {'heading-style': '🌍' as never, 'final-newline': true})).toEqual([
      "1:1 heading-style Unexpected value `🌍` for `options`, expected `'atx'`, `'atx-closed'`, `'setext'`, or `'consistent'`",
      '1:4 final-newline Unexpected missing final newline character, expected line feed (`\\n`) at end of file',
    ])
  })

  it('throws the stock error on a wrong severity', () => {
    const stock = () => remark().use(remarkLintHeadingStyle, [3 as never, 'atx']).freeze()
    expect(stock).toThrow('Incorrect severity `3` for `heading-style`, expected 0, 1, or 2')
    expect(() => remark().use(remarkLintOnePass, {'heading-style': [3 as never, 'atx']}).freeze()).toThrow('Incorrect severity `3` for `heading-style`, expected 0, 1, or 2')
  })

  it('names an unknown rule and a wrong options value', () => {
    expect(() => remark().use(remarkLintOnePass, {'heading-styles': 'atx'} as never).freeze()).toThrow(
      'Unexpected rule `heading-styles` in `options`, expected `no-multiple-toplevel-headings`, `heading-increment`, `heading-style`, or …',
    )
    expect(() => remark().use(remarkLintOnePass, 'atx' as never).freeze()).toThrow('Unexpected value `atx` for `options`, expected an object of rule names to settings')
  })
})
