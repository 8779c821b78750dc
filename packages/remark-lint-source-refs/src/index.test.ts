import {describe, expect, expectTypeOf, it} from 'vitest'
import * as extract from './extract.ts'
import * as rule from './index.ts'
import type {Options} from './index.ts'
import * as lock from './lock.ts'
import type {LockEntry, RefsLock} from './lock.ts'

describe('@moby-anatomy/remark-lint-source-refs', () => {
  it('exports the rule as default, the grammar from ./extract and the lock format from ./lock', () => {
    expect(Object.keys(rule).sort()).toEqual(['default'])
    expect(typeof rule.default).toBe('function')
    expect(Object.keys(extract).sort()).toEqual(['classifyCode', 'classifyUrl', 'defaultRoots', 'extractReferences', 'fileExtensions', 'standardPackages'])
    expect(Object.keys(lock).sort()).toEqual(['lockFileName', 'readLock', 'serializeLock'])
  })

  it('types its options and the lock', () => {
    expectTypeOf<Options['lock']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<RefsLock['lockfileVersion']>().toEqualTypeOf<1>()
    expectTypeOf<Extract<LockEntry, {kind: 'path'; exists: true; type: 'blob'}>['lines']>().toEqualTypeOf<number>()
  })
})
