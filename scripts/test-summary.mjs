// Sum the Vitest JSON reports of every package into one closing line,
// `Tests: N passed, N failed, N skipped`, for CI logs. Plain JS on purpose:
// it runs under any Node, before or after the toolchain is set up.
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const totals = {passed: 0, failed: 0, skipped: 0, reports: 0}
for (const group of ['packages', 'content', '.']) {
  const base = path.join(root, group)
  const folders = group === '.' ? ['tests', 'site'] : fs.readdirSync(base)
  for (const folder of folders) {
    const report = path.join(base, folder, '.vitest', 'report.json')
    if (!fs.existsSync(report)) continue
    const data = JSON.parse(fs.readFileSync(report, 'utf8'))
    totals.passed += data.numPassedTests ?? 0
    totals.failed += data.numFailedTests ?? 0
    totals.skipped += (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0)
    totals.reports++
  }
}
console.log(`(${totals.reports} test reports)`)
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
