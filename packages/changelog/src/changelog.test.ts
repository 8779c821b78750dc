import type {ModCompWithPackage, NewChangesetWithCommit} from '@changesets/types'
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as changelogModule from './index.ts'
import changelog, {getDependencyReleaseLine, getReleaseLine, ReleaseError, resolveOptions, type Options} from './index.ts'
import * as historyModule from './step.ts'

const changeset: NewChangesetWithCommit = {
  id: 'brave-fox',
  summary: '新增第七章：插件系统\n\n详细说明第二行',
  releases: [{name: '@moby-anatomy/handbook', type: 'minor'}],
  commit: '8dc60fc1234567',
}

describe('@moby-anatomy/changesets-changelog', () => {
  it('exports the changelog functions and the option helpers', () => {
    expect(Object.keys(changelogModule).sort()).toEqual(
      ['ReleaseError', 'configHint', 'default', 'getDependencyReleaseLine', 'getReleaseLine', 'moduleName', 'resolveOptions'].sort(),
    )
    expect(Object.keys(changelog).sort()).toEqual(['getDependencyReleaseLine', 'getReleaseLine'])
    expect(Object.keys(historyModule).sort()).toEqual(
      [
        'appendHistoryRow',
        'changesetAuthors',
        'computeHistoryRows',
        'historyReleases',
        'preview',
        'checkPackageNames',
        'formatRow',
        'hasHistoryTable',
        'historyRow',
        'markdownFilesOf',
        'readModuleOptions',
        'releaseDate',
        'version',
        'writeHistoryRows',
      ].sort(),
    )
  })

  it('types its options', () => {
    expectTypeOf<Options['header']>().toEqualTypeOf<readonly [string, string, string, string] | null | undefined>()
    expectTypeOf(getReleaseLine).parameter(2).toEqualTypeOf<Record<string, unknown> | null>()
  })

  it('writes one line per changeset, later summary lines indented', async () => {
    expect(await getReleaseLine(changeset, 'minor', null)).toBe('- 8dc60fc: 新增第七章：插件系统\n\n  详细说明第二行')
    const {commit: _commit, ...withoutCommit} = changeset
    expect(await getReleaseLine({...withoutCommit, summary: '修订术语表'}, 'patch', null)).toBe('- 修订术语表')
  })

  it('lists updated dependencies', async () => {
    const dependency = {
      name: '@moby-anatomy/glossary',
      type: 'minor',
      oldVersion: '1.0.0',
      newVersion: '1.1.0',
      changesets: ['brave-fox'],
      packageJson: {name: '@moby-anatomy/glossary', version: '1.0.0'},
      dir: '/x',
    } satisfies ModCompWithPackage
    expect(await getDependencyReleaseLine([changeset], [dependency], null)).toBe('- Updated dependencies [8dc60fc]\n  - @moby-anatomy/glossary@1.1.0')
    expect(await getDependencyReleaseLine([changeset], [], null)).toBe('')
  })

  it('rejects an unknown option with the config line to write', () => {
    expect(() => getReleaseLine(changeset, 'minor', {headr: ['a', 'b', 'c', 'd']})).toThrow(ReleaseError)
    expect(() => resolveOptions({headr: ['a', 'b', 'c', 'd'], separator: '；'})).toThrow(
      'Unexpected option `headr` for `@moby-anatomy/changesets-changelog`, expected `header`, `separator`, or `authorSeparator`.\n' +
        'Write it in .changeset/config.json as:\n  "changelog": ["@moby-anatomy/changesets-changelog", {"separator": "；"}]',
    )
  })

  it('rejects a bad value with the corrected config line', () => {
    expect(() => resolveOptions({header: ['版本', '日期']})).toThrow(
      'Unexpected value `["版本","日期"]` for option `header` of `@moby-anatomy/changesets-changelog`, expected an array of 4 non-empty header cells without `|`.\n' +
        'Write it in .changeset/config.json as:\n  "changelog": ["@moby-anatomy/changesets-changelog", {"header": ["版本", "日期", "主要变更", "作者"]}]',
    )
    expect(() => resolveOptions('zh')).toThrow('Unexpected options `"zh"` for `@moby-anatomy/changesets-changelog`, expected an object.')
    expect(() => resolveOptions({separator: ''})).toThrow('expected a non-empty string without `|` or a line break')
  })

  it('fills in defaults', () => {
    expect(resolveOptions(null)).toEqual({header: ['版本', '日期', '主要变更', '作者'], separator: '；', authorSeparator: '、'})
    expect(resolveOptions({separator: '; '}).separator).toBe('; ')
  })
})
