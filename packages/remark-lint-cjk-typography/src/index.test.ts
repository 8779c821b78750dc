import {describe, expect, expectTypeOf, it} from 'vitest'
import * as cjkTypography from './index.ts'
import type {Options, SpellingEntry} from './index.ts'
import * as fix from './fix.ts'

describe('@moby-anatomy/remark-lint-cjk-typography', () => {
  it('exports the rule, and the fixer from ./fix', () => {
    expect(Object.keys(cjkTypography).sort()).toEqual(['default'])
    expect(Object.keys(fix).sort()).toEqual(['fixTypography'])
  })

  it('types its options', () => {
    expectTypeOf<Options['glossary']>().toEqualTypeOf<readonly SpellingEntry[] | null | undefined>()
    expectTypeOf<SpellingEntry>().toEqualTypeOf<{readonly term: string; readonly names?: readonly string[] | undefined; readonly exceptions?: readonly string[] | undefined}>()
  })
})
