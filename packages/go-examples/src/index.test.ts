import {describe, expect, expectTypeOf, it} from 'vitest'
import * as goExamples from './index.ts'
import type {GoSetup, Pin, ProgramResult, VerifiedProgram} from './index.ts'

describe('@moby-anatomy/go-examples', () => {
  it('exports the command and its parts', () => {
    expect(Object.keys(goExamples).sort()).toEqual([
      'SetupError',
      'collectExamples',
      'createLock',
      'findToolchainScript',
      'formatDrift',
      'goVersion',
      'gopathFor',
      'installGo',
      'main',
      'packageName',
      'repository',
      'resolveCommit',
      'run',
      'summarize',
      'verifyAll',
      'verifyProgram',
    ])
  })

  it('types the setup, the pin and the results', () => {
    expectTypeOf<GoSetup['gopath']>().toEqualTypeOf<string>()
    expectTypeOf<Pin>().toEqualTypeOf<{readonly ref: string; readonly commit: string; readonly go: string}>()
    expectTypeOf<ProgramResult['checked']>().toEqualTypeOf<readonly ('build' | 'vet' | 'output' | 'test')[]>()
    expectTypeOf<VerifiedProgram['reused']>().toEqualTypeOf<boolean>()
    expectTypeOf(goExamples.run).returns.toEqualTypeOf<number>()
  })

  it('finds the shared toolchain script from $GO_TOOLCHAIN_SCRIPT first, else above the folder', () => {
    expect(goExamples.findToolchainScript('/nonexistent/repo', {GO_TOOLCHAIN_SCRIPT: '/opt/go-toolchain.sh'})).toBe('/opt/go-toolchain.sh')
    expect(goExamples.findToolchainScript('/nonexistent/repo', {})).toBeUndefined()
  })

  it('reads the package name past comments', () => {
    expect(goExamples.packageName('// x\n/* y */\npackage inspectdemo\n')).toBe('inspectdemo')
    expect(goExamples.packageName('func f() {}\n')).toBeUndefined()
  })
})
