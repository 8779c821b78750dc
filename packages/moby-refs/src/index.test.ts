import type {DocCache} from '@moby-anatomy/markdown-helpers'
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as commands from './commands.ts'

describe('@moby-anatomy/moby-refs', () => {
  it('exports the commands behind moby-refs lock and drift', () => {
    expect(Object.keys(commands).sort()).toEqual(['DocumentError', 'collectCitations', 'collectReferences', 'createLock', 'docFiles', 'drift', 'formatDrift', 'repository'])
  })

  it('types its commands: Markdown is read through the run’s DocCache', () => {
    expectTypeOf(commands.collectReferences).parameter(1).toEqualTypeOf<DocCache>()
    expectTypeOf(commands.drift).returns.toEqualTypeOf<{commit: string; rows: commands.DriftRow[]}>()
  })
})
