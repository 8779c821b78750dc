/**
 * Vitest settings shared by every package (`vitest run --config ../../vitest.shared.ts`):
 * workspace packages resolve to their TypeScript sources, and each run also
 * writes a JSON report that `.ci/run` sums into one closing line.
 */
import {defineConfig} from 'vitest/config'

const conditions = ['@moby-anatomy/source', 'import', 'module', 'node', 'default']

export default defineConfig({
  resolve: {conditions},
  ssr: {resolve: {conditions, externalConditions: ['@moby-anatomy/source']}},
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', {outputFile: '.vitest/report.json'}]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
