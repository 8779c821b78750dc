import {describe, expect, expectTypeOf, it} from 'vitest'
import * as cli from './index.ts'

describe('@moby-anatomy/doc-lint', () => {
  it('exports the command and its parts', () => {
    expect(Object.keys(cli).sort()).toEqual(['UsageError', 'fixFiles', 'fixers', 'fixersFor', 'lint', 'loadGlossary', 'main', 'markdownFiles'])
  })

  it('types its API', () => {
    expectTypeOf(cli.main).returns.toEqualTypeOf<Promise<number>>()
    expectTypeOf(cli.lint).parameter(0).toHaveProperty('paths').toEqualTypeOf<readonly string[]>()
    expectTypeOf(cli.fixersFor).returns.toEqualTypeOf<cli.Fixer[]>()
  })

  it('prints usage with --help and exits 0', async () => {
    const lines: string[] = []
    const log = console.log
    console.log = (line: string) => lines.push(line)
    try {
      expect(await cli.main(['--help'])).toBe(0)
    } finally {
      console.log = log
    }
    expect(lines.join('\n')).toMatch(/^Usage: doc-lint/)
  })
})
