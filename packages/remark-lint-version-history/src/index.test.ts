import {describe, expect, expectTypeOf, it} from 'vitest'
import * as versionHistory from './index.ts'
import {compareVersions, isRealDate, parseSemver, parseTableVersion, semverForm, tableForm, type Options, type Version} from './index.ts'

describe('@moby-anatomy/remark-lint-version-history', () => {
  it('exports the rule and the version helpers', () => {
    expect(Object.keys(versionHistory).sort()).toEqual(
      ['compareVersions', 'default', 'isRealDate', 'parseSemver', 'parseTableVersion', 'semverForm', 'tableForm'].sort(),
    )
  })

  it('types its options and versions', () => {
    expectTypeOf<Options['now']>().toEqualTypeOf<Date | string | null | undefined>()
    expectTypeOf(parseTableVersion).returns.toEqualTypeOf<Version | undefined>()
  })

  it('writes table versions without a zero patch', () => {
    expect(tableForm(parseSemver('1.2.0')!)).toBe('v1.2')
    expect(tableForm(parseSemver('1.2.3')!)).toBe('v1.2.3')
    expect(tableForm(parseSemver('1.3.0-beta.1')!)).toBe('v1.3-beta.1')
    expect(semverForm(parseTableVersion('v1.3-beta.1')!)).toBe('1.3.0-beta.1')
    expect(parseTableVersion('1.2')).toBeUndefined()
    expect(parseTableVersion('v01.2')).toBeUndefined()
  })

  it('orders versions by semver precedence', () => {
    const order = ['v1.0-alpha', 'v1.0-alpha.1', 'v1.0-beta', 'v1.0-beta.2', 'v1.0-beta.11', 'v1.0-rc.1', 'v1.0', 'v1.0.1', 'v1.1', 'v2.0']
    const parsed = order.map((text) => parseTableVersion(text)!)
    for (let index = 1; index < parsed.length; index++) {
      expect(compareVersions(parsed[index - 1]!, parsed[index]!), `${order[index - 1]} < ${order[index]}`).toBeLessThan(0)
    }
  })

  it('accepts only real calendar dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true)
    expect(isRealDate('2026-02-29')).toBe(false)
    expect(isRealDate('2026-13-01')).toBe(false)
    expect(isRealDate('2026-1-01')).toBe(false)
  })
})

// Issue 12, item 5: GFM drops the cells past the header, so a stray `|` hid a 5-cell row.
describe('version-history and rows with too many cells', () => {
  it('reports a row whose unescaped pipe splits a cell, and accepts escaped ones', async () => {
    const {remark} = await import('remark')
    const {default: remarkGfm} = await import('remark-gfm')
    const {VFile} = await import('vfile')
    const table = '| 版本 | 日期 | 主要变更 | 作者 |\n| --- | --- | --- | --- |\n'
    const lint = async (rows: string) => {
      const file = new VFile({value: `${table}${rows}`})
      await remark().use(remarkGfm).use(versionHistory.default, {now: '2026-11-29'}).process(file)
      return file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)
    }
    expect(await lint('| v1.0 | 2026-11-01 | 初始版本 | 张三\\\\|李四 |\n')).toEqual([
      '3:1: Unexpected row with 5 cells, expected 4 (`版本` | `日期` | `主要变更` | `作者`); escape a `|` inside a cell as `\\|`',
    ])
    expect(await lint('| v1.0 | 2026-11-01 | 初始版本 | 张三\\|李四 |\n| v1.1 | 2026-11-02 | `a\\|b` | 王五\\\\\\|赵六 |\n')).toEqual([])
  })
})
