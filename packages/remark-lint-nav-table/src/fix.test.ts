import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import {beforeEach, describe, expect, it} from 'vitest'
import {fixNavigationTables as fix} from './fix.ts'
import remarkLintNavTable from './index.ts'

let folder = ''
const settings = remarkLintNavTable.settings(undefined)
/** Fix with the default settings and a fresh document cache, as `doc-lint fix` does. */
const fixNavigationTables = (text: string, filePath: string) => fix(text, filePath, settings, new DocCache())
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nav-fix-'))
  fs.writeFileSync(path.join(folder, '00-总体说明.md'), '# Moby项目源码剖析 - 总体说明\n')
  fs.writeFileSync(path.join(folder, '01-整体架构概述.md'), '# Moby项目源码剖析 - 整体架构概述\n')
})

const header = '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |\n| :-- | --- | --- | --: |\n'

describe('fixNavigationTables', () => {
  it('sorts rows, keeps summary and difficulty source, and keeps the delimiter row', () => {
    const text = `前言\n\n${header}| 9 | [旧](01-整体架构概述.md) | *系统*架构 | ⭐⭐ |\n| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |\n\n后记\n`
    const fixed = fixNavigationTables(text, path.join(folder, '00-总体说明.md'))
    expect(fixed).toBe(
      `前言\n\n${header}| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |\n| **01** | [整体架构概述](01-整体架构概述.md) | *系统*架构 | ⭐⭐ |\n\n后记\n`,
    )
    expect(fixNavigationTables(fixed, path.join(folder, '00-总体说明.md'))).toBe(fixed)
  })

  it("escapes in the title what the chapter's H1 escapes (regression: cjk-typography then turned `器?` into `器？` in the table only)", () => {
    fs.writeFileSync(path.join(folder, '01-整体架构概述.md'), '# Moby项目源码剖析 - 器\\? 与 a.b\n')
    const fixed = fixNavigationTables(`${header}| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |\n`, path.join(folder, '00-总体说明.md'))
    // `?` is escaped as in the H1; the unescaped `.` stays as written.
    expect(fixed).toContain('| **01** | [器\\? 与 a.b](01-整体架构概述.md) |  |  |')
  })

  it('keeps the prefix of a table inside a blockquote', () => {
    const text = `> ${header.replaceAll('\n', '\n> ')}| **01** | [x](01-整体架构概述.md) | 架构 | ⭐ |\n`
    const fixed = fixNavigationTables(text, path.join(folder, '00-总体说明.md'))
    expect(fixed).toContain('\n> | **00** | [总体说明](00-总体说明.md) |  |  |\n> | **01** | [整体架构概述](01-整体架构概述.md) | 架构 | ⭐ |\n')
  })

  it('keeps a row it cannot match, unchanged, after the generated ones', () => {
    const text = `${header}| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |\n| **01** | [整体架构概述](01-整体架构概述.md) | 架构 | ⭐ |\n| ?? | [外部](https://example.com) | 外链 | ⭐ |\n`
    const fixed = fixNavigationTables(text, path.join(folder, '00-总体说明.md'))
    expect(fixed.trimEnd().split('\n').at(-1)).toBe('| ?? | [外部](https://example.com) | 外链 | ⭐ |')
  })

  it('returns text without a navigation table unchanged', () => {
    const text = '# 标题\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'
    expect(fixNavigationTables(text, path.join(folder, '00-总体说明.md'))).toBe(text)
  })

  // Issue 12, item 2: a row moves its summary only with an exact match of the target file.
  it('keeps rows whose link names a missing file as written, and never moves their summary to a close name', () => {
    fs.writeFileSync(path.join(folder, '06-调优.md'), '# Moby项目源码剖析 - 调优\n')
    const text = `${header}| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |\n| **05** | [调试](05-调试.md) | 调试技巧 | ⭐⭐ |\n| **07** | [插件](07-插件.md) | 插件系统 | ⭐⭐⭐ |\n| **01** | 无链接 | 架构 | ⭐ |\n`
    const fixed = fixNavigationTables(text, path.join(folder, '00-总体说明.md'))
    const rows = fixed.trimEnd().split('\n').slice(2)
    expect(rows).toEqual([
      '| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |',
      '| **01** | [整体架构概述](01-整体架构概述.md) |  |  |',
      '| **06** | [调优](06-调优.md) |  |  |',
      '| **05** | [调试](05-调试.md) | 调试技巧 | ⭐⭐ |',
      '| **07** | [插件](07-插件.md) | 插件系统 | ⭐⭐⭐ |',
      '| **01** | 无链接 | 架构 | ⭐ |',
    ])
    expect(fixNavigationTables(fixed, path.join(folder, '00-总体说明.md'))).toBe(fixed)
  })

  // Issue 12, item 6: a chapter linked out of the doc set lends nothing to the table.
  it('does not take a title from a chapter that is a symbolic link out of the folder', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'nav-outside-'))
    fs.writeFileSync(path.join(outside, 'secret.md'), '# Moby项目源码剖析 - root:x:0:0:secret\n')
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(folder, '02-外部.md'))
    const fixed = fixNavigationTables(`${header}`, path.join(folder, '00-总体说明.md'))
    expect(fixed).toContain('| **02** | [外部](02-外部.md) |  |  |')
    expect(fixed).not.toContain('secret')
    expect(fixNavigationTables(fixed, path.join(folder, '00-总体说明.md'))).toBe(fixed)
  })
})
