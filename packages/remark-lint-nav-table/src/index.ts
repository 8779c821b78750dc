/**
 * ## What is this?
 *
 * A [remark-lint](https://github.com/remarkjs/remark-lint) rule that checks a
 * doc set's navigation table against the chapter files beside it: every row
 * links to an existing chapter, shows that chapter's number and the title of
 * its level-1 heading, has a summary and a difficulty of one to five marks,
 * numbers count up by one, and no chapter is left out. In the same file it
 * checks `NN-标题` labels of mermaid diagrams and link texts.
 *
 * ## When should I use this?
 *
 * Use it on the index page of a doc set made of numbered chapter files
 * (`00-总体说明.md`, `01-整体架构概述.md`, …) whose first chapter holds a table
 * with the header `| 文档编号 | 文档标题 | 主要内容 | 技术难度 |` (the header is
 * an option). `fixNavigationTables` from `@moby-anatomy/remark-lint-nav-table/fix`
 * rewrites the number, link and title cells from the files (`pnpm fix`). A row's
 * summary and difficulty stay with the chapter file its link names exactly; a row
 * whose link names a missing file, or no file, stays as written for the rule to
 * report. Titles and file names are escaped so the rewritten table lints clean.
 *
 * ## API
 *
 * The default export is the rule, `remarkLintNavTable`, used as a unified plugin
 * with optional `Options`. Messages have the source `remark-lint` and the rule
 * id `nav-table`, so `<!--lint ignore nav-table-->` and
 * `<!--lint disable nav-table-->` work on them.
 *
 * ## Options
 *
 * - `header` (`[string, string, string, string]`, default:
 *   `['文档编号', '文档标题', '主要内容', '技术难度']`): the header cells that
 *   mark a navigation table.
 * - `titlePrefix` (`string`, default: `'Moby项目源码剖析 - '`): the prefix of
 *   each chapter's H1; the rest is the chapter title.
 * - `chapterPattern` (`RegExp | string`, default: `/^(\d{2})-(.+)\.md$/`):
 *   chapter file names; the first group is the number.
 * - `difficultyMark` (`string`, default: `'⭐'`): the mark repeated 1–5 times.
 *
 * A wrong option stops the run with a message naming it.
 *
 * ## Compatibility
 *
 * remark-lint 10, unified 11, Node 22.11 and later. Each linked chapter is read
 * and parsed at most once per run, however many rows point to it.
 *
 * @module nav-table
 * @example
 *   {"name": "00-总体说明.md", "files": {"01-整体架构概述.md": "# Moby项目源码剖析 - 整体架构概述\n"}}
 *
 *   # Moby项目源码剖析 - 总体说明
 *
 *   | 文档编号 | 文档标题 | 主要内容 | 技术难度 |
 *   | --- | --- | --- | --- |
 *   | **00** | [总体说明](00-总体说明.md) | 文档概述 | ⭐ |
 *   | **01** | [整体架构概述](01-整体架构概述.md) | 系统架构 | ⭐⭐ |
 *
 *   ```mermaid
 *   flowchart LR
 *     Doc00[00-总体说明] --> Doc01[01-整体架构概述]
 *   ```
 *
 *   先读 [01-整体架构概述](01-整体架构概述.md)。
 *
 * @example
 *   {"name": "00-links.md", "label": "input", "files": {"01-整体架构概述.md": "# Moby项目源码剖析 - 整体架构概述\n", "03-守护进程核心模块.md": "# Moby项目源码剖析 - 守护进程核心模块\n", "img/.keep": ""}}
 *
 *   # Moby项目源码剖析 - 链接
 *
 *   | 文档编号 | 文档标题 | 主要内容 | 技术难度 |
 *   | --- | --- | --- | --- |
 *   | **00** | 链接 | 无链接 | ⭐ |
 *   | **01** | [整体架构概述](https://example.com/01.md) | 网址 | ⭐ |
 *   | **02** | [整体架构概述](/etc/01.md) | 绝对路径 | ⭐ |
 *   | **03** | [密码](../../etc/passwd) | 越界 | ⭐ |
 *   | **04** | [守护进程](03-守护进程.md) | 不存在 | ⭐ |
 *   | **05** | [图片](img) | 文件夹 | ⭐ |
 *   | **06** | [架构](01-%E6%95%B4%E4%BD%93%E6%9E%B6%E6%9E%84%E6%A6%82%E8%BF%B0.md) | 编码 | ⭐ |
 *
 * @example
 *   {"name": "00-links.md", "label": "output"}
 *
 *   3:1-11:89: Unexpected chapter `00-links.md` missing from the navigation table, expected a row for it
 *   3:1-11:89: Unexpected chapter `03-守护进程核心模块.md` missing from the navigation table, expected a row for it
 *   5:12-5:14: Unexpected title cell without a link, expected a link to a chapter file such as `[标题](01-标题.md)`
 *   6:12-6:47: Unexpected URL `https://example.com/01.md`, expected a relative link to a chapter file
 *   7:12-7:32: Unexpected absolute path `/etc/01.md`, expected a path relative to `00-links.md`
 *   8:12-8:34: Unexpected link `../../etc/passwd` leaving the table's folder, expected a chapter file beside `00-links.md`
 *   9:12-9:30: Unexpected link to missing file `03-守护进程.md`, expected an existing chapter file: did you mean `03-守护进程核心模块.md`?
 *   10:12-10:21: Unexpected link to folder `img`, expected an existing chapter file
 *   11:3-11:9: Unexpected number `06` for `01-整体架构概述.md`, expected `01`
 *   11:12-11:78: Unexpected title `架构` for `01-整体架构概述.md`, expected `整体架构概述` (its heading)
 *
 * @example
 *   {"name": "00-numbers.md", "label": "input", "files": {"01-一.md": "# Moby项目源码剖析 - 一\n", "02-二.md": "# Moby项目源码剖析 - 二\n", "03-三.md": "# Moby项目源码剖析 - 三\n"}}
 *
 *   # Moby项目源码剖析 - 编号
 *
 *   | 文档编号 | 文档标题 | 主要内容 | 技术难度 |
 *   | --- | --- | --- | --- |
 *   | **00** | [编号](00-numbers.md) | 概述 | ⭐ |
 *   | **02** | [一](01-一.md) | 编号错 | ⭐ |
 *   | **02** | [二](02-二.md) | 重复 | ⭐ |
 *   | 三 | [三](03-三.md) | 非数字 | ⭐ |
 *
 * @example
 *   {"name": "00-numbers.md", "label": "output"}
 *
 *   6:3-6:9: Unexpected number `02` for `01-一.md`, expected `01`
 *   6:3-6:9: Unexpected number `02` in row 2, expected `01` (consecutive from the first row)
 *   7:3-7:9: Unexpected duplicate number `02`, expected each number once
 *   8:3-8:4: Unexpected number `三` for `03-三.md`, expected `03`
 *   8:3-8:4: Unexpected number `三`, expected digits such as `01`
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "input", "files": {"01-无标题.md": "正文\n", "02-前缀.md": "# 前缀\n"}}
 *
 *   # Moby项目源码剖析 - 总体说明
 *
 *   | 文档编号 | 文档标题 | 主要内容 | 技术难度 |
 *   | --- | --- | --- | --- |
 *   | **00** | [总览](00-总体说明.md) |  | ⭐⭐⭐⭐⭐⭐ |
 *   | **01** | [无标题](01-无标题.md) | 没有 H1 | 3 |
 *   | **02** | [前缀](02-前缀.md) | H1 无前缀 | ⭐ |
 *   | **03** | [空链接]() | 空 | ⭐ |
 *   | **04** | [坏编码](%E6%95) | 坏的百分号编码 | ⭐ |
 *   | **05** | [前缀](02-前缀.md) |
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "output"}
 *
 *   5:12-5:28: Unexpected title `总览` for `00-总体说明.md`, expected `总体说明` (its heading)
 *   5:29-5:32: Unexpected empty summary cell, expected a short list of topics such as `系统架构、技术栈`
 *   5:34-5:40: Unexpected difficulty `⭐⭐⭐⭐⭐⭐`, expected 1 to 5 `⭐`
 *   6:12-6:28: Unexpected chapter `01-无标题.md` without a level-1 heading, expected `# Moby项目源码剖析 - …`
 *   6:39-6:40: Unexpected difficulty `3`, expected 1 to 5 `⭐`
 *   7:12-7:26: Unexpected heading `前缀` in `02-前缀.md`, expected it to start with `Moby项目源码剖析 - `
 *   8:12-8:19: Unexpected empty link, expected a chapter file beside `00-总体说明.md`
 *   9:12-9:25: Unexpected malformed percent-encoding in `%E6%95`, expected a chapter file beside `00-总体说明.md`
 *   10:1-10:28: Unexpected row with 2 cells, expected 4 (`文档编号` | `文档标题` | `主要内容` | `技术难度`)
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "input", "files": {"01-整体架构概述.md": "# Moby项目源码剖析 - 整体架构概述\n"}}
 *
 *   # Moby项目源码剖析 - 总体说明
 *
 *   | 文档编号 | 文档标题 | 主要内容 | 技术难度 |
 *   | --- | --- | --- | --- |
 *   | **00** | [总体说明](00-总体说明.md) | 文档概述 | ⭐ |
 *   | **01** | [整体架构概述](01-整体架构概述.md) | 系统架构 | ⭐⭐ |
 *
 *   ```mermaid
 *   flowchart LR
 *     Doc00[00-总体说明] --> Doc01[01-架构]
 *     Doc01 --> Doc09["09-未来"]
 *   ```
 *
 *   接着读 [01-架构概述](01-整体架构概述.md)。
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "output"}
 *
 *   10:28-10:33: Unexpected label `01-架构`, expected `01-整体架构概述`
 *   11:20-11:25: Unexpected label `09-未来` naming no chapter, expected `00-总体说明` or `01-整体架构概述`
 *   14:5-14:28: Unexpected label `01-架构概述`, expected `01-整体架构概述`
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "input", "files": {"01-整体架构概述.md": "# Moby项目源码剖析 - 整体架构概述\n"}, "symlinks": {"02-断链.md": "nowhere.md"}, "binary": {"03-编码.md": "2320ff fe 0a"}}
 *
 *   # Moby项目源码剖析 - 总体说明
 *
 *   | 文档编号 | 文档标题 | 主要内容 | 技术难度 |
 *   | --- | --- | --- | --- |
 *   | **00** | [总体说明](00-总体说明.md) | 文档概述 | ⭐ |
 *   | **01** | [整体架构概述](01-整体架构概述.md) | 系统架构 | ⭐⭐ |
 *   | **02** | [断链](02-断链.md) | 断开的符号链接 | ⭐ |
 *   | **03** | [编码](03-编码.md) | 不是 UTF-8 | ⭐ |
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "output"}
 *
 *   7:12-7:26: Unexpected link to broken symbolic link `02-断链.md`, expected an existing chapter file
 *   8:12-8:26: Unexpected link to file that is not UTF-8 `03-编码.md`, expected UTF-8 text
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "input", "files": {"01-整体架构概述.md": "# Moby项目源码剖析 - 整体架构概述\n", "02-实践.md": "# Moby项目源码剖析 - 实践\n"}}
 *
 *   # Moby项目源码剖析 - 总体说明
 *
 *   | 文档编号 | 文档标题 | 主要内容 | 技术难度 |
 *   | --- | --- | --- | --- |
 *   | **00** | [总体说明](00-总体说明.md) | 文档概述 | ⭐ |
 *   | **01** <!--lint ignore nav-table--> | [架构](01-整体架构概述.md) | 系统架构 | ⭐⭐⭐⭐⭐⭐ |
 *   | **02** | [实践](02-实践.md) | 未忽略 | ⭐⭐⭐⭐⭐⭐ |
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "output"}
 *
 *   7:35-7:41: Unexpected difficulty `⭐⭐⭐⭐⭐⭐`, expected 1 to 5 `⭐`
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "input", "config": {"header": ["No", "Title"]}}
 *
 *   # Moby项目源码剖析 - 总体说明
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "output"}
 *
 *   1:1: Unexpected value `["No","Title"]` for `options.header` of `nav-table`, expected an array of 4 non-empty header cells, such as `['cell 1', 'cell 2', 'cell 3', 'cell 4']`
 */

export {default} from './rule.ts'
export type {Options, Settings} from './rule.ts'
