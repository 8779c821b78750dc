/**
 * Export surface and types. The module is imported in a child process, as an
 * editor starts it: unified-language-server loads vscode-languageserver's
 * CommonJS build, whose named exports Vitest's module runner cannot see.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, expectTypeOf, it} from 'vitest'
import type * as languageServer from './index.ts'

describe('@moby-anatomy/language-server', () => {
  it('exports startLanguageServer only', () => {
    const entry = pathToFileURL(path.join(import.meta.dirname, 'index.ts')).href
    const run = spawnSync(process.execPath, ['--conditions=@moby-anatomy/source', '--input-type=module', '-e', `const m = await import(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.keys(m)))`], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual(['startLanguageServer'])
  })

  it('types it as a function of no arguments', () => {
    expectTypeOf<typeof languageServer.startLanguageServer>().toEqualTypeOf<() => void>()
  })
})
