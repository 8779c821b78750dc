import {describe, expect, expectTypeOf, it} from 'vitest'
import * as linkCheck from './index.ts'
import type {BrokenLink, LinkCheckConfig, LinkCheckResult} from './index.ts'

describe('@moby-anatomy/link-check', () => {
  it('exports the check, its configuration, reports and the command', () => {
    expect(Object.keys(linkCheck).sort()).toEqual([
      'UsageError',
      'checkConfig',
      'checkLinks',
      'collectLinks',
      'configFileName',
      'defaultConfig',
      'formatAnnotations',
      'formatJson',
      'formatText',
      'loadConfig',
      'main',
      'markdownFiles',
      'repositoryRoot',
      'resolveTarget',
      'summary',
    ])
  })

  it('types its results and settings', () => {
    expectTypeOf<BrokenLink['kind']>().toEqualTypeOf<'file' | 'image' | 'anchor' | 'external' | 'invalid'>()
    expectTypeOf<LinkCheckResult['mode']>().toEqualTypeOf<'offline' | 'external'>()
    expectTypeOf<LinkCheckConfig['skip']>().toEqualTypeOf<readonly string[]>()
    expectTypeOf(linkCheck.checkLinks).returns.resolves.toEqualTypeOf<LinkCheckResult>()
  })
})
