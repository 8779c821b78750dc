import {describe, expect, expectTypeOf, it} from 'vitest'
import * as navTable from './index.ts'
import * as fix from './fix.ts'
import type {Options} from './index.ts'

describe('@moby-anatomy/remark-lint-nav-table', () => {
  it('exports the rule as default, and the fixer from ./fix', () => {
    expect(Object.keys(navTable).sort()).toEqual(['default'])
    expect(Object.keys(fix).sort()).toEqual(['fixNavigationTables'])
    expect(typeof navTable.default).toBe('function')
  })

  it('types its options', () => {
    expectTypeOf<Options['titlePrefix']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<Options['chapterPattern']>().toEqualTypeOf<RegExp | string | null | undefined>()
  })
})
