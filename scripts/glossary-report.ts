/**
 * `pnpm glossary:report`: for each handbook chapter, the glossary entries its
 * prose uses and how often, then the entries no chapter uses. `--json` for
 * machines.
 */
import path from 'node:path'
import {glossary} from '@moby-anatomy/glossary'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import remarkLintGlossaryCoverage from '@moby-anatomy/remark-lint-glossary-coverage'
import {formatGlossaryReport, glossaryReport} from '@moby-anatomy/remark-lint-glossary-coverage/report'

const settings = remarkLintGlossaryCoverage.settings({glossary})
const report = glossaryReport(path.resolve(import.meta.dirname, '../content/handbook'), settings, new DocCache())
console.log(process.argv.includes('--json') ? JSON.stringify(report, null, 2) : formatGlossaryReport(report))
