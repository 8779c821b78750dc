import {describe, expect, expectTypeOf, it} from 'vitest'
import * as extract from './extract.ts'
import * as rule from './index.ts'
import type {Options} from './index.ts'
import * as lock from './lock.ts'
import type {ExamplesLock, LockedExample} from './lock.ts'

describe('@moby-anatomy/remark-lint-go-examples', () => {
  it('exports the rule as default, the grammar from ./extract and the lock from ./lock', () => {
    expect(Object.keys(rule).sort()).toEqual(['default'])
    expect(typeof rule.default).toBe('function')
    expect(Object.keys(extract).sort()).toEqual(['extractGoExamples', 'hashSource', 'kindWords', 'normaliseOutput', 'normaliseSource', 'outputComment', 'outputWord', 'placeOf', 'startsWithPackage'])
    expect(Object.keys(lock).sort()).toEqual(['compareExamples', 'parseLock', 'readLock', 'serializeLock'])
  })

  it('types its options and the lock', () => {
    expectTypeOf<Options['lock']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<ExamplesLock['lockfileVersion']>().toEqualTypeOf<1>()
    expectTypeOf<LockedExample['result']>().toEqualTypeOf<'ok' | 'failed'>()
    expectTypeOf<extract.BlockKind>().toEqualTypeOf<'program' | 'test' | 'fragment'>()
  })
})
