/**
 * The site's pages: each chapter as the handbook ships it, plus three pages
 * generated from the packages' data: the home page with the learning path
 * (from the chapter index), the page that says which Moby tag the site
 * describes (from the refs lock), and the version history with the changelog
 * (chapter 00's version-history table and the handbook's `CHANGELOG.md`).
 */
import {chapterPage, type Chapter, type RefsLock} from './content.ts'

/** A page of the site: its file under the source folder and its Markdown. */
export interface Page {
  readonly file: string
  readonly markdown: string
}

/** The header of the version-history table in chapter 00 (the doc set's contract). */
export const versionHistoryHeader = '| 版本 | 日期 | 主要变更 | 作者 |'

export const mobyPage = 'moby'
export const historyPage = 'history'

/** The home page: hero and the learning path, one card per chapter in index order. */
export function homePage(chapters: readonly Chapter[], lock: RefsLock): Page {
  const features = chapters.map((chapter) => [
    `  - title: ${yamlString(`${pad(chapter.number)} ${chapter.title}`)}`,
    `    details: ${yamlString(`${chapter.summary} · 难度 ${'⭐'.repeat(chapter.difficulty)} · 约 ${Math.round(chapter.proseCharacters / 100) / 10} 千字`)}`,
    `    link: ${yamlString(`/${chapterPage(chapter)}`)}`,
    `    linkText: 阅读`,
  ].join('\n'))
  const first = chapters[0]
  const markdown = `---
layout: home
editLink: false
search: false
title: 首页
hero:
  name: Moby项目源码剖析
  text: Docker 引擎源码的中文剖析
  tagline: ${yamlString(`本站描述 Moby 引擎标签 ${lock.ref}，共 ${chapters.length} 章；路径与符号都链接到该标签下的源码。`)}
  actions:
${first ? `    - theme: brand\n      text: 开始阅读\n      link: ${yamlString(`/${chapterPage(first)}`)}\n` : ''}    - theme: alt
      text: ${yamlString(`Moby ${lock.ref}`)}
      link: /${mobyPage}
features:
${features.join('\n')}
---
`
  return {file: 'index.md', markdown}
}

/** The page that says which Moby tag (and commit) every chapter describes. */
export function mobyVersionPage(lock: RefsLock, chapters: readonly Chapter[]): Page {
  const references = Object.entries(lock.references)
  const paths = references.filter(([, reference]) => reference.kind === 'path').length
  const symbols = references.length - paths
  const repository = `https://${lock.repository}`
  const markdown = `---
editLink: false
---

# 本站描述的 Moby 版本

全部 ${chapters.length} 章分析的都是 Moby（Docker 引擎）在引擎发布标签 **\`${lock.ref}\`** 下的源码。

| 项目 | 值 |
| --- | --- |
| 仓库 | [${lock.repository}](${repository}) |
| 标签 | [\`${lock.ref}\`](${repository}/tree/${lock.ref}) |
| 提交 | [\`${lock.commit}\`](${repository}/commit/${lock.commit}) |
| 引用锁中的路径 | ${paths} |
| 引用锁中的符号 | ${symbols} |

正文里的行内代码只要是引用锁（\`refs.lock.json\`）记录过的 Moby 路径或 Go 符号，就会链接到该标签下对应的文件和行：路径链接到文件（带行号范围时链接到这些行），符号链接到它的声明处。引用锁由 \`pnpm refs:lock\` 在该标签上生成，文档检查保证每条引用在标签下都存在。

标签之后 Moby 的 master 分支可能已经移动了这些代码；本站的链接始终指向标签，因此与正文描述的行为一致。
`
  return {file: `${mobyPage}.md`, markdown}
}

/** Version history (chapter 00's table) and the handbook's changelog. */
export function historyPageOf(version: string, chapterZero: string, changelog: string): Page {
  const table = tableAfter(chapterZero, versionHistoryHeader)
  const entries = changelog
    .split('\n')
    .filter((line, index) => !(index === 0 && line.startsWith('# ')))
    .map((line) => (/^#{2,5} /.test(line) ? `#${line}` : line))
    .join('\n')
    .trim()
  const markdown = `---
editLink: false
---

# 版本历史与更新日志

当前版本：**v${version}**（npm 包 \`@moby-anatomy/handbook\` 与 \`@moby-anatomy/glossary\` 同一版本）。

## 版本历史

${table ?? '（第 00 章没有版本历史表。）'}

## 更新日志

${entries}
`
  return {file: `${historyPage}.md`, markdown}
}

/** The GFM table that starts with `header`, as lines; `undefined` when there is none. */
function tableAfter(markdown: string, header: string): string | undefined {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.trim() === header)
  if (start === -1) return undefined
  let end = start
  while (end < lines.length && lines[end]!.trim().startsWith('|')) end++
  return lines.slice(start, end).join('\n')
}

/** A chapter number as its file writes it: `03`. */
export function pad(number: number): string {
  return String(number).padStart(2, '0')
}

/** A YAML double-quoted string. */
function yamlString(text: string): string {
  return JSON.stringify(text)
}
