import {describe, expect, expectTypeOf, it} from 'vitest'
import * as languageServer from './index.ts'

describe('@moby-anatomy/language-server', () => {
  it('exports startLanguageServer only', () => {
    expect(Object.keys(languageServer)).toEqual(['startLanguageServer'])
  })

  it('types it as a function of no arguments', () => {
    expectTypeOf(languageServer.startLanguageServer).toEqualTypeOf<() => void>()
  })
})
