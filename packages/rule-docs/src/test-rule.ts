/**
 * The docs harness a rule package runs on itself. Its `src/docs.test.ts` is
 * two lines:
 *
 * ```ts
 * import {testRuleDocs} from '@moby-anatomy/rule-docs/test'
 * testRuleDocs(import.meta.dirname)
 * ```
 *
 * Every `@example` of the package's `src/index.ts` is a case (messages in the
 * order a reporter shows them, each with the rule's `ruleId`, `source` and
 * `url`); the README must equal the one generated from the docs; each example
 * must survive a tree without positions, CRLF line endings and a byte order
 * mark (same messages); an empty file gives no message.
 */
import fs from 'node:fs'
import path from 'node:path'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {removePosition} from 'unist-util-remove-position'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {readRuleDocs, toCases} from './docs.ts'
import {renderReadme} from './readme.ts'
import {runCase, type Rule} from './run.ts'

/** Register the docs tests of the rule package whose `src` folder is `sourceFolder`. */
export function testRuleDocs(sourceFolder: string): void {
  const directory = path.dirname(sourceFolder)
  const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8')) as {name: string}
  const docs = readRuleDocs(path.join(sourceFolder, 'index.ts'))
  const cases = toCases(docs)
  const load = async () => ((await import(path.join(sourceFolder, 'index.ts'))) as {default: Rule}).default

  describe(`${manifest.name} docs`, () => {
    it('names its rule after its package', () => {
      expect(manifest.name).toBe(`@moby-anatomy/remark-lint-${docs.ruleId}`)
    })

    it('has a README generated from its docs', () => {
      const readme = fs.readFileSync(path.join(directory, 'README.md'), 'utf8')
      expect(readme, 'README.md is stale: run `pnpm --filter @moby-anatomy/rule-docs readmes`').toBe(renderReadme(manifest.name, docs))
    })

    for (const testCase of cases) {
      it(`example ${testCase.name}${testCase.expected.length === 0 ? ' (ok)' : ''}`, async () => {
        const result = await runCase(await load(), testCase)
        expect(result.lines).toEqual(testCase.expected)
        for (const message of result.messages) {
          expect(message.ruleId).toBe(docs.ruleId)
          expect(message.source).toBe('remark-lint')
          expect(message.url).toMatch(new RegExp(`/packages/remark-lint-${docs.ruleId}#`))
        }
      })

      it(`example ${testCase.name} without positions does not crash`, async () => {
        const processor = remark().use(remarkGfm).use(await load(), testCase.config.config)
        const tree = processor.parse(testCase.input)
        removePosition(tree, {force: true})
        const file = new VFile({path: path.join(directory, 'test', testCase.name), value: testCase.input})
        await processor.run(tree, file)
      })

      it(`example ${testCase.name} with CRLF line endings gives the same messages`, async () => {
        const crlf = {...testCase, input: testCase.input.replaceAll('\n', '\r\n')}
        expect((await runCase(await load(), crlf)).lines).toEqual(testCase.expected)
      })

      it(`example ${testCase.name} with a byte order mark gives the same messages`, async () => {
        const bom = {...testCase, input: '\uFEFF' + testCase.input}
        expect((await runCase(await load(), bom)).lines).toEqual(testCase.expected)
      })
    }

    for (const [label, input] of [['an empty file', ''], ['a file of blank lines', '\n\n  \n']] as const) {
      it(`gives no message on ${label}`, async () => {
        // With the options of the rule's first example: some rules require options.
        const config = {name: '00-empty.md', config: cases[0]?.config.config}
        const result = await runCase(await load(), {name: '00-empty.md', config, input, expected: []})
        expect(result.lines).toEqual([])
      })
    }
  })
}
