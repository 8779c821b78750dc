/**
 * Docs that are tests: every `@example` of every rule package is a case, the
 * README must equal the one generated from the docs, and each rule must
 * survive a tree without positions.
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
import {ruleDirectories} from './rules.ts'
import {runCase, type Rule} from './run.ts'

for (const directory of ruleDirectories()) {
  const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8')) as {name: string}
  const docs = readRuleDocs(path.join(directory, 'src/index.ts'))
  const rule = ((await import(path.join(directory, 'src/index.ts'))) as {default: Rule}).default

  describe(manifest.name, () => {
    it('names its rule after its package', () => {
      expect(manifest.name).toBe(`@moby-anatomy/remark-lint-${docs.ruleId}`)
    })

    it('has a README generated from its docs', () => {
      const readme = fs.readFileSync(path.join(directory, 'README.md'), 'utf8')
      expect(readme, 'README.md is stale: run `pnpm --filter @moby-anatomy/rule-docs readmes`').toBe(renderReadme(manifest.name, docs))
    })

    for (const testCase of toCases(docs)) {
      it(`example ${testCase.name}${testCase.expected.length === 0 ? ' (ok)' : ''}`, async () => {
        const result = await runCase(rule, testCase)
        expect(result.lines).toEqual([...testCase.expected].sort())
        for (const message of result.messages) {
          expect(message.ruleId).toBe(docs.ruleId)
          expect(message.source).toBe('remark-lint')
          expect(message.url).toMatch(new RegExp(`/packages/remark-lint-${docs.ruleId}#`))
        }
      })

      it(`example ${testCase.name} without positions does not crash`, async () => {
        const processor = remark().use(remarkGfm).use(rule, testCase.config.config)
        const tree = processor.parse(testCase.input)
        removePosition(tree, {force: true})
        const file = new VFile({path: path.join(directory, 'test', testCase.name), value: testCase.input})
        await processor.run(tree, file).catch((error: unknown) => {
          // Option errors are expected to stop the run; anything else is a crash.
          expect(String(error)).toMatch(/^.*Unexpected (value|option)/)
        })
      })
    }
  })
}
