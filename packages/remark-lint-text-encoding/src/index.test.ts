import {describe, expect, expectTypeOf, it} from 'vitest'
import * as textEncoding from './index.ts'
import {firstInvalidByte} from './index.ts'

describe('@moby-anatomy/remark-lint-text-encoding', () => {
  it('exports the rule and the byte scanner', () => {
    expect(Object.keys(textEncoding).sort()).toEqual(['default', 'firstInvalidByte'])
  })

  it('types the byte scanner', () => {
    expectTypeOf(firstInvalidByte).parameter(0).toEqualTypeOf<Uint8Array>()
    expectTypeOf(firstInvalidByte).returns.toEqualTypeOf<number | undefined>()
  })

  it('finds the first byte that breaks UTF-8', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text)
    expect(firstInvalidByte(utf8('容器 container 🐳'))).toBeUndefined()
    expect(firstInvalidByte(Uint8Array.from([0x61, 0xe9, 0x0a]))).toBe(1) // Latin-1 é
    expect(firstInvalidByte(Uint8Array.from([0xc0, 0x80]))).toBe(0) // overlong NUL
    expect(firstInvalidByte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0) // UTF-16 surrogate
    expect(firstInvalidByte(Uint8Array.from([0x61, 0xe5, 0xae]))).toBe(1) // cut short
    expect(firstInvalidByte(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0) // above U+10FFFF
  })
})
