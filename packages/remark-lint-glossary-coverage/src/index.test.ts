import {describe, expect, expectTypeOf, it} from 'vitest'
import * as rule from './index.ts'
import * as fix from './fix.ts'
import * as report from './report.ts'
import type {Entry, Options} from './index.ts'

describe('@moby-anatomy/remark-lint-glossary-coverage', () => {
  it('exports the rule and the matcher; fix and report from subpaths', () => {
    expect(Object.keys(rule).sort()).toEqual(['createMatcher', 'default', 'normalize'])
    expect(Object.keys(fix)).toEqual(['fixGlossaryTables'])
    expect(Object.keys(report).sort()).toEqual(['formatGlossaryReport', 'glossaryReport'])
  })

  it('types its options', () => {
    expectTypeOf<Options['glossary']>().toEqualTypeOf<readonly Entry[] | null | undefined>()
    expectTypeOf<Entry['related']>().toEqualTypeOf<readonly string[]>()
  })
})
