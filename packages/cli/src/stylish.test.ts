import {describe, expect, it} from 'vitest'
import {StylishReport} from './stylish.ts'

describe('stylish report', () => {
  it('aligns a file by display width, with multi-line reasons, causes and a tally', () => {
    const report = new StylishReport({quiet: false, color: false})
    const text = report.file({
      path: 'a.md',
      messages: [
        {reason: '中文 reason', place: {line: 1, column: 2}, ruleId: 'r', source: 's', fatal: false},
        {
          reason: 'two\nlines',
          place: {start: {line: 3, column: 1}, end: {line: 3, column: 5}},
          ruleId: 'rule-b',
          source: 'remark-lint',
          fatal: true,
          cause: {reason: 'first', place: {line: 1, column: 1}},
        },
      ],
    })
    // Columns: the widest cell plus one space; `中文` takes four columns; trailing spaces cut.
    expect(text).toBe(
      [
        'a.md',
        '1:2     warning 中文 reason r      s',
        '3:1-3:5 error   two         rule-b remark-lint',
        'lines',
        '  [cause]:',
        '    1:1 info    first',
        '',
      ].join('\n'),
    )
    expect(report.file({path: 'b.md', messages: []})).toBe('\nb.md: no issues found\n')
    expect(report.end()).toBe('\n2 messages (✖ 1 error, ⚠ 1 warning)\n')
  })

  it('hides clean files when quiet', () => {
    const report = new StylishReport({quiet: true, color: false})
    expect(report.file({path: 'b.md', messages: []})).toBe('')
    expect(report.end()).toBe('')
  })
})
