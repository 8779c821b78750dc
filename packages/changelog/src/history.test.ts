import {describe, expect, it} from 'vitest'
import {appendHistoryRow, formatRow, hasHistoryTable, historyRow, releaseDate, type HistoryRelease} from './history.ts'
import {defaults} from './options.ts'

const table = '| 版本 | 日期 | 主要变更 | 作者 |\n| --- | --- | --- | --- |\n| v0.1 | 2026-11-01 | 预览版 | 张三 |\n| v1.0 |  2026-11-29|初始版本 | 张三 |\n'
const document = `# 总体说明\n\n## 版本历史\n\n${table}\n## 小结\n\n正文。\n`
const release: HistoryRelease = {name: '@moby-anatomy/handbook', dir: '/x', newVersion: '1.1.0', summaries: ['新增第七章\n\n细节', '修订 | 术语表'], authors: ['李四', '张三', '李四']}

describe('the version-history row', () => {
  it('holds the table version, the date, the first summary lines and the authors once each', () => {
    expect(historyRow(release, '2026-11-30', defaults)).toEqual({version: 'v1.1', date: '2026-11-30', changes: '新增第七章；修订 \\| 术语表', authors: '李四、张三'})
    expect(historyRow({...release, newVersion: '1.1.1'}, '2026-11-30', defaults).version).toBe('v1.1.1')
    expect(formatRow(historyRow(release, '2026-11-30', defaults))).toBe('| v1.1 | 2026-11-30 | 新增第七章；修订 \\| 术语表 | 李四、张三 |')
  })

  it('is appended after the last row, no other byte changed', () => {
    const row = historyRow(release, '2026-11-30', defaults)
    const next = appendHistoryRow(document, row, defaults.header, '00.md')
    expect(next).toBe(document.replace(table, `${table}${formatRow(row)}\n`))
  })

  it('keeps CRLF line endings, a byte order mark and a table inside a blockquote', () => {
    const row = historyRow(release, '2026-11-30', defaults)
    const crlf = '\uFEFF' + document.replaceAll('\n', '\r\n')
    expect(appendHistoryRow(crlf, row, defaults.header, '00.md')).toBe('\uFEFF' + document.replace(table, `${table}${formatRow(row)}\n`).replaceAll('\n', '\r\n'))
    const quoted = `> ${table.trimEnd().split('\n').join('\n> ')}\n`
    expect(appendHistoryRow(quoted, row, defaults.header, '00.md')).toBe(`${quoted.trimEnd()}\n> ${formatRow(row)}\n`)
  })

  it('leaves documents without the table alone', () => {
    expect(appendHistoryRow('# 无表格\n', historyRow(release, '2026-11-30', defaults), defaults.header, '00.md')).toBeUndefined()
    expect(hasHistoryTable(document, defaults.header)).toBe(true)
    expect(hasHistoryTable(document, ['Version', 'Date', 'Changes', 'Author'])).toBe(false)
  })

  it('refuses a version that is already listed or older than the last row', () => {
    expect(() => appendHistoryRow(document, historyRow({...release, newVersion: '1.0.0'}, '2026-11-30', defaults), defaults.header, '00.md')).toThrow(
      'Unexpected version `v1.0` already in the version history of 00.md:8, expected a new release (did the history step run twice?)',
    )
    expect(() => appendHistoryRow(document, historyRow({...release, newVersion: '0.2.0'}, '2026-11-30', defaults), defaults.header, '00.md')).toThrow(
      'Unexpected version `v1.0` in the version history of 00.md:8, after the new release `v0.2`, expected the new release to be the latest',
    )
  })

  it('refuses a release without summaries or authors', () => {
    expect(() => historyRow({...release, summaries: []}, '2026-11-30', defaults)).toThrow('without a changeset summary')
    expect(() => historyRow({...release, authors: []}, '2026-11-30', defaults)).toThrow('expected a git author of its changesets or `RELEASE_AUTHOR=名字`')
  })

  it('dates the release today in UTC, or at SOURCE_DATE_EPOCH', () => {
    expect(releaseDate({}, new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-29')
    expect(releaseDate({SOURCE_DATE_EPOCH: '1764374400'})).toBe('2025-11-29')
    expect(() => releaseDate({SOURCE_DATE_EPOCH: 'yesterday'})).toThrow('Unexpected SOURCE_DATE_EPOCH `yesterday`, expected whole seconds since 1970')
  })
})
