/**
 * The benchmark corpus: many small doc sets made from the handbook's own
 * chapters. Each doc set is a folder with an index (navigation, glossary and
 * version-history tables, a learning-path diagram) and chapters cut from the
 * real chapters, with extra tables, links and code, so every rule has work.
 */
import fs from 'node:fs'
import path from 'node:path'
import {glossary} from '@moby-anatomy/glossary'
import {defaultChapterPattern, listChapters} from '@moby-anatomy/markdown-helpers'

const handbook = path.resolve(import.meta.dirname, '../content/handbook')

/** Write the corpus under `root`: `sets` folders of `chaptersPerSet` chapters plus an index each. */
export function writeCorpus(root: string, sets: number, chaptersPerSet: number): {files: number; bytes: number} {
  const sources = listChapters(handbook, defaultChapterPattern)
    .filter((chapter) => chapter.number !== '00')
    .map((chapter) => fs.readFileSync(path.join(handbook, chapter.name), 'utf8').replace(/^# .*\n/, ''))
  // Sections of the real chapters, to deal out round-robin.
  const sections = sources.flatMap((text) => text.split(/\n(?=## )/)).map((section) => section.trim())
  const glossaryRows = glossary.map((entry) => `| **${entry.term}** | ${entry.english} | ${entry.description} | ${entry.related.join('、')} |`)
  let files = 0
  let bytes = 0
  let cursor = 0
  const write = (file: string, text: string) => {
    fs.writeFileSync(file, text)
    files++
    bytes += Buffer.byteLength(text)
  }
  fs.rmSync(root, {recursive: true, force: true})
  for (let set = 0; set < sets; set++) {
    const folder = path.join(root, `set-${String(set).padStart(3, '0')}`)
    fs.mkdirSync(folder, {recursive: true})
    fs.writeFileSync(path.join(folder, 'package.json'), '{"private": true, "version": "1.2.0"}\n')
    // The chapters cite Moby paths and symbols: give each doc set the handbook's refs lock.
    fs.copyFileSync(path.join(handbook, 'refs.lock.json'), path.join(folder, 'refs.lock.json'))
    const rows: string[] = ['| **00** | [总体说明](00-总体说明.md) | 文档概述、术语表 | ⭐ |']
    const nodes: string[] = ['  Doc00[00-总体说明]']
    for (let chapter = 1; chapter <= chaptersPerSet; chapter++) {
      const number = String(chapter).padStart(2, '0')
      const title = `第${chapter}章源码分析`
      const name = `${number}-${title}.md`
      rows.push(`| **${number}** | [${title}](${name}) | 源码、图示、表格 | ${'⭐'.repeat(1 + (chapter % 5))} |`)
      nodes.push(`  Doc${number}[${number}-${title}]`)
      const body: string[] = []
      while (body.join('\n').length < 14_000) body.push(sections[cursor++ % sections.length] ?? '')
      const extras = [
        '| 字段 | 类型 | 说明 |',
        '| --- | --- | --- |',
        ...Array.from({length: 12}, (_, row) => `| \`Field${row}\` | \`string\` | 第 ${row} 个字段，与[上一章](${String(Math.max(0, chapter - 1)).padStart(2, '0')}-${chapter > 1 ? `第${chapter - 1}章源码分析` : '总体说明'}.md)对照 |`),
      ]
      write(path.join(folder, name), `# Moby项目源码剖析 - ${title}\n\n${body.join('\n\n')}\n\n## 附表\n\n${extras.join('\n')}\n`)
    }
    const index = [
      '# Moby项目源码剖析 - 总体说明',
      '',
      '容器、镜像与守护进程是本套文档的主线。',
      '',
      '## 文档导航',
      '',
      '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
      '## 学习路径',
      '',
      '```mermaid',
      'flowchart LR',
      ...nodes,
      '```',
      '',
      '## 术语表',
      '',
      '| 术语 | 英文 | 说明 | 相关概念 |',
      '| --- | --- | --- | --- |',
      ...glossaryRows,
      '',
      '## 版本历史',
      '',
      '| 版本 | 日期 | 主要变更 | 作者 |',
      '| --- | --- | --- | --- |',
      '| v1.0 | 2026-01-10 | 初始版本 | 甲 |',
      '| v1.1 | 2026-03-01 | 第二版 | 乙 |',
      '| v1.2 | 2026-06-01 | 第三版 | 甲、乙 |',
      '',
    ].join('\n')
    write(path.join(folder, '00-总体说明.md'), index)
  }
  return {files, bytes}
}
