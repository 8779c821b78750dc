import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readRuleDocs} from './docs.ts'
import {packagesFolder, ruleDirectories} from './rules.ts'

describe('ruleDirectories', () => {
  it('lists the rule packages that run their docs as tests, and no other remark-lint-* package', () => {
    const directories = ruleDirectories()
    const names = directories.map((directory) => path.basename(directory))
    expect(names).toContain('remark-lint-nav-table')
    // A remark-lint-* package that is no single rule (no docs test) stays out.
    expect(fs.existsSync(path.join(packagesFolder, 'remark-lint-one-pass'))).toBe(true)
    expect(names).not.toContain('remark-lint-one-pass')
    // Each one listed has rule docs to read (`@module`), so `readmes` can write every README.
    for (const directory of directories) expect(readRuleDocs(path.join(directory, 'src', 'index.ts')).examples.length, directory).toBeGreaterThan(0)
  })
})
