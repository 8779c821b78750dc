import {DocCache, findTables, remarkParseOnce} from '@moby-anatomy/markdown-helpers'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as kit from './index.ts'
import {code, defineRule, headerCells, isOptionError, listOr, nonEmptyString, requiredOption, RuleOptionError, type Merged, type RuleContext} from './index.ts'

interface Options {
  readonly header?: readonly [string, string] | null | undefined
  readonly label?: string | null | undefined
  readonly data?: readonly string[] | null | undefined
}

/** A small rule for the tests: reports the second cell of every row of a table with `header`. */
function tableRule(seen: {settings: unknown[]; docs: unknown[]}) {
  return defineRule<Options>({
    id: 'kit-test',
    options: {header: headerCells(2), label: nonEmptyString, data: (value) => (Array.isArray(value) ? undefined : 'an array of strings')},
    defaults: {header: ['a', 'b'], label: 'cell', data: requiredOption},
    check(tree, _file, settings, context) {
      seen.settings.push(settings)
      seen.docs.push(context.docs)
      for (const table of findTables(tree, settings.header)) {
        const [first, ...rest] = table.rows
        const cell = first?.cells[1]?.node
        if (!cell) continue
        const cause = context.firstOccurrence('First row here', cell)
        for (const row of rest) {
          const other = row.cells[1]?.node
          if (other) context.inRow(`Unexpected ${settings.label}, expected ${code('x')}`, table, row, other, {cause, expected: ['x']})
        }
      }
    },
  })
}

/** Messages of one run of `rule` (with `options`) on `value`. */
async function run(rule: ReturnType<typeof tableRule>, options: unknown, value = '| a | b |\n| - | - |\n| 1 | 2 |\n| 3 | 4 |\n'): Promise<VFileMessage[]> {
  const file = new VFile({value, path: 'x.md'})
  await remark().use(remarkGfm).use(rule, options as Options).process(file)
  return file.messages
}

describe('@moby-anatomy/rule-kit', () => {
  it('exports its public surface', () => {
    expect(Object.keys(kit).sort()).toEqual(
      [
        'RuleOptionError', 'booleanValue', 'code', 'createReporter', 'defineRule', 'headerCells', 'isOptionError', 'listOr', 'nonEmptyString',
        'optionErrorNote', 'optionProblem', 'patternWithGroup', 'placeOf', 'reportOptionError', 'requiredOption', 'toPattern',
      ].sort(),
    )
  })

  it('types settings as the options with defaults, never null', () => {
    expectTypeOf<Merged<Options>['label']>().toEqualTypeOf<string>()
    expectTypeOf<Merged<Options>['header']>().toEqualTypeOf<readonly [string, string]>()
    expectTypeOf<RuleContext['docs']>().toEqualTypeOf<DocCache>()
  })

  it('formats values and lists the way messages need', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(listOr(['a', 'b', 'c', 'd'])).toBe('`a`, `b`, `c`, or …')
  })
})

describe('defineRule', () => {
  it('stamps origin and URL from the id, reports at the cell content, with cause and expected', async () => {
    const [message, ...others] = await run(tableRule({settings: [], docs: []}), {data: []})
    expect(others).toEqual([])
    expect(message?.ruleId).toBe('kit-test')
    expect(message?.source).toBe('remark-lint')
    expect(message?.url).toBe('https://github.com/moby-anatomy/moby-anatomy/tree/main/packages/remark-lint-kit-test#readme')
    expect(message?.reason).toBe('Unexpected cell, expected `x`')
    expect(message?.place).toEqual({start: {line: 4, column: 7, offset: 36}, end: {line: 4, column: 8, offset: 37}})
    expect(message?.expected).toEqual(['x'])
    expect(message?.ancestors?.map((node) => node.type)).toEqual(['root', 'table', 'tableRow', 'tableCell'])
    const cause = message?.cause as VFileMessage
    expect([cause.reason, cause.line, cause.column, cause.ruleId, cause.source]).toEqual(['First row here', 3, 7, 'kit-test', 'remark-lint'])
  })

  it('merges defaults once per configuration and hands the check one frozen settings object', async () => {
    const seen = {settings: [] as unknown[], docs: [] as unknown[]}
    const rule = tableRule(seen)
    const options = {data: ['d'], label: null}
    await run(rule, options)
    await run(rule, options)
    const [first, second] = seen.settings
    expect(first).toBe(second)
    expect(Object.isFrozen(first)).toBe(true)
    expect(first).toEqual({header: ['a', 'b'], label: 'cell', data: ['d']})
  })

  it('marks option errors structurally: unknown option, wrong value, missing required option', async () => {
    const rule = tableRule({settings: [], docs: []})
    const cases: [unknown, string][] = [
      [{data: [], colour: 1}, 'Unexpected option `colour` for `kit-test`, expected `header`, `label`, or `data`'],
      [{data: [], header: ['a']}, "Unexpected value `[\"a\"]` for `options.header` of `kit-test`, expected an array of 2 non-empty header cells, such as `['cell 1', 'cell 2']`"],
      [undefined, 'Unexpected missing `options.data` of `kit-test`, expected an array of strings'],
      ['x', 'Unexpected options `"x"` for `kit-test`, expected an object'],
    ]
    for (const [options, reason] of cases) {
      const messages = await run(rule, options)
      expect(messages.map((message) => message.reason)).toEqual([reason])
      expect(messages.every(isOptionError)).toBe(true)
      expect(messages[0]?.fatal).toBe(true)
      expect(messages[0]?.url).toMatch(/remark-lint-kit-test#options$/)
    }
    // A finding is never an option error, whatever its note says.
    const [finding] = await run(rule, {data: []})
    if (finding) finding.note = kit.optionErrorNote
    expect(finding && isOptionError(finding)).toBe(false)
  })

  it('gives fixers the same settings, or a RuleOptionError', () => {
    const rule = tableRule({settings: [], docs: []})
    expect(rule.settings({data: ['d']})).toEqual({header: ['a', 'b'], label: 'cell', data: ['d']})
    expect(() => rule.settings({data: ['d'], label: ''})).toThrow(RuleOptionError)
    expect(() => rule.settings({data: ['d'], label: ''})).toThrow('Unexpected value `""` for `options.label` of `kit-test`, expected a non-empty string')
  })

  it('reads other files through the run’s DocCache when remarkParseOnce shares one, else through its own', async () => {
    const seen = {settings: [] as unknown[], docs: [] as unknown[]}
    const rule = tableRule(seen)
    const cache = new DocCache()
    await remark().use(remarkParseOnce, {cache}).use(remarkGfm).use(rule, {data: []}).process(new VFile({value: '# x\n', path: 'x.md'}))
    await remark().use(remarkGfm).use(rule, {data: []}).process(new VFile({value: '# x\n', path: 'x.md'}))
    expect(seen.docs[0]).toBe(cache)
    expect(seen.docs[1]).toBeInstanceOf(DocCache)
    expect(seen.docs[1]).not.toBe(cache)
  })
})
