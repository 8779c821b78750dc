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

  it('colours labels, code spans and the tally, and splits CRLF reasons', () => {
    const report = new StylishReport({quiet: false, color: true})
    const text = report.file({path: 'a.md', messages: [{reason: 'use `x`\r\nnext', place: {line: 2, column: 1}, ruleId: 'r', source: 's', fatal: false}]})
    expect(text).toBe('\u001B[4m\u001B[33ma.md\u001B[39m\u001B[24m\n2:1 \u001B[33mwarning\u001B[39m \u001B[1muse \u001B[36m`x`\u001B[39m\u001B[22m r s\nnext\n')
    expect(report.end()).toBe('\n\u001B[33m⚠\u001B[39m 1 warning\n')
  })

  it('hides clean files when quiet', () => {
    const report = new StylishReport({quiet: true, color: false})
    expect(report.file({path: 'b.md', messages: []})).toBe('')
    expect(report.end()).toBe('')
  })
})
