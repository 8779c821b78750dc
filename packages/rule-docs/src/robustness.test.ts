/**
 * Every rule on odd but valid input: each example again with CRLF line
 * endings and with a UTF-8 byte order mark must give the same messages at the
 * same places, and an empty or whitespace-only file must give none.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readRuleDocs, toCases} from './docs.ts'
import {ruleDirectories} from './rules.ts'
import {runCase, type Rule} from './run.ts'

for (const directory of ruleDirectories()) {
  const docs = readRuleDocs(path.join(directory, 'src/index.ts'))
  const rule = ((await import(path.join(directory, 'src/index.ts'))) as {default: Rule}).default
  const cases = toCases(docs)

  describe(`${docs.ruleId} on odd input`, () => {
    for (const testCase of cases) {
      it(`${testCase.name} with CRLF line endings gives the same messages`, async () => {
        const crlf = {...testCase, input: testCase.input.replaceAll('\n', '\r\n')}
        expect((await runCase(rule, crlf)).lines).toEqual([...testCase.expected].sort())
      })

      it(`${testCase.name} with a byte order mark gives the same messages`, async () => {
        const bom = {...testCase, input: '\uFEFF' + testCase.input}
        expect((await runCase(rule, bom)).lines).toEqual([...testCase.expected].sort())
      })
    }

    for (const [label, input] of [['an empty file', ''], ['a file of blank lines', '\n\n  \n']] as const) {
      it(`gives no message on ${label}`, async () => {
        // With the options of the rule's first example: some rules require options.
        const config = {name: '00-empty.md', config: cases[0]?.config.config}
        const result = await runCase(rule, {name: '00-empty.md', config, input, expected: []})
        expect(result.lines).toEqual([])
      })
    }
  })
}
