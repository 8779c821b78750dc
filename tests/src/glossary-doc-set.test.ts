/**
 * A doc set with its own glossary through the real CLIs: a drifted glossary
 * table, an undefined bold term, an undefined mindmap node and an unused entry.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {copyFixture, reportedLines, runDocLint, runRemark} from './harness.ts'

const expected = [
  '00-总体说明.md:7:1 glossary-coverage', // missing row for 镜像层 (reported at the table)
  '00-总体说明.md:10:12 glossary-coverage', // English `Images`, expected `Image`
  '00-总体说明.md:11:1 glossary-coverage', // 快照器 is used in no chapter's prose (code does not count)
  '01-镜像.md:3:14 glossary-coverage', // **分层文件系统**（Layered Filesystem） has no entry
  '01-镜像.md:9:5 glossary-coverage', // mindmap node 联合挂载 is no term
].sort()

let folders: string[] = []
afterEach(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
  folders = []
})

/** A fresh copy of the fixture. */
function docSet(): string {
  const folder = copyFixture('glossary-doc-set', {ownGlossary: true})
  folders.push(folder)
  return folder
}

describe('glossary-coverage through the real CLIs', () => {
  it('remark-cli reports each drift at file:line:col and exits 1', () => {
    const run = runRemark(docSet())
    expect(run.status).toBe(1)
    expect(reportedLines(run.stderr)).toEqual(expected)
  })

  it('doc-lint --glossary reports the same', () => {
    const folder = docSet()
    const run = runDocLint(folder, '.', '--glossary', './glossary.js')
    expect(run.status).toBe(1)
    expect(reportedLines(run.stderr)).toEqual(expected)
  })

  it('doc-lint fix --glossary regenerates the table only, idempotently', () => {
    const folder = docSet()
    const file = path.join(folder, '00-总体说明.md')
    const before = fs.readFileSync(file, 'utf8')
    expect(runDocLint(folder, 'fix', '.', '--glossary', './glossary.js').status).toBe(0)
    const after = fs.readFileSync(file, 'utf8')
    const head = before.slice(0, before.indexOf('| **容器**'))
    const tail = before.slice(before.indexOf('\n\n表格之后'))
    expect(after).toBe(
      head +
        [
          '| **容器** | Container | 隔离运行的一组进程 | 镜像 |',
          '| **镜像** | Image | 创建容器的只读模板 | 容器、镜像层 |',
          '| **镜像层** | Layer | 镜像中的一层文件系统差异 | 镜像 |',
          '| **快照器** | Snapshotter | 为容器准备根文件系统的组件 | 镜像层 |',
        ].join('\n') +
        tail,
    )
    expect(runDocLint(folder, 'fix', '.', '--glossary', './glossary.js').stdout).toContain('0 of 2 files changed')
    expect(reportedLines(runRemark(folder).stderr)).toEqual([
      '00-总体说明.md:12:1 glossary-coverage', // still unused: that is for an author to decide
      '01-镜像.md:3:14 glossary-coverage',
      '01-镜像.md:9:5 glossary-coverage',
    ])
  })

  it('doc-lint exits 2 with the option named when the glossary has the wrong shape', () => {
    const folder = docSet()
    fs.writeFileSync(path.join(folder, 'bad.js'), "export const glossary = [{term: '容器'}]\n")
    const run = runDocLint(folder, '.', '--glossary', './bad.js')
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/Unexpected value `\[\{"term":"容器"\}\]` for `options.glossary` of `glossary-coverage`, expected an array of entries/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('doc-lint --glossary with a module that has no glossary is a usage error', () => {
    const folder = docSet()
    fs.writeFileSync(path.join(folder, 'empty.js'), 'export const nothing = 1\n')
    const run = runDocLint(folder, '.', '--glossary', './empty.js')
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/without an array export `glossary`/)
  })
})
