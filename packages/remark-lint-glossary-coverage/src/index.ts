/**
 * ## What is this?
 *
 * A [remark-lint](https://github.com/remarkjs/remark-lint) rule that keeps a
 * doc set and its glossary in step, with CJK-aware term matching:
 *
 * - **table sync**: in a file holding the glossary table, every row equals
 *   its entry (term in bold, English name, description, related concepts
 *   joined with `、`), in glossary order, one row per entry;
 * - **undefined terms**: a chapter that introduces a term as bold text with an
 *   English gloss in parentheses (`**分层文件系统**（Layered Filesystem）`,
 *   half- or full-width) needs an entry for it, with that English name,
 *   compared case-sensitively (`（container）` is not `Container`); every
 *   node label of a `mindmap` diagram must be a glossary term;
 * - **glosses**: a gloss that repeats a Latin-only term (`**runc**（runc）`)
 *   is reported (a Latin-only term needs no gloss; the fix is the term alone);
 *   the first bold use of a Chinese glossary term in a chapter must carry its
 *   English name (`**容器**（Container）`, option `requireGloss`);
 * - **unused entries**: an entry whose term, aliases and English names appear
 *   in no chapter's prose is reported at its table row (code, link targets,
 *   bare URLs such as `https://example.com/快照器` and the glossary table
 *   itself do not count).
 *
 * ## When should I use this?
 *
 * Use it on a doc set whose glossary lives as data (such as
 * `@moby-anatomy/glossary`) and is mirrored as a table in one chapter.
 * `fixGlossaryTables` from `@moby-anatomy/remark-lint-glossary-coverage/fix`
 * regenerates the table from the data (`pnpm fix`); `glossaryReport` from
 * `…/report` lists which chapter uses which entry (`pnpm glossary:report`).
 *
 * ## API
 *
 * The default export is the rule, `remarkLintGlossaryCoverage`, used as a
 * unified plugin with `Options`. Messages have the source `remark-lint` and
 * the rule id `glossary-coverage`.
 *
 * Matching: text is normalised with NFKC (full-width letters and parentheses
 * become ASCII) and lower-cased. Chinese spellings match as substrings, the
 * longest spelling winning (`容器运行时` is not a use of `容器` when both are
 * spellings); Latin spellings match on word boundaries (`Image` matches
 * `image` but not `ImageService`). Text is read through emphasis and links
 * (`**容**器` is `容器`); inline code, code blocks and HTML are not prose.
 * The matcher is an Aho–Corasick automaton built once per glossary: scanning
 * costs one pass over the text, whatever the number of terms.
 *
 * ## Options
 *
 * - `glossary` (`Entry[]`, required): entries `{term, english, description,
 *   related, aliases?, englishAliases?}` in table order.
 * - `header` (`[string, string, string, string]`, default:
 *   `['术语', '英文', '说明', '相关概念']`): the header cells of the table.
 * - `chapterPattern` (`RegExp | string`, default: `/^(\d{2})-(.+)\.md$/`):
 *   the files that count as chapters: their prose counts as use, and their
 *   introduced terms and mindmaps are checked. A file without a path (stdin)
 *   is treated as a chapter on its own.
 * - `requireGloss` (`boolean`, default: `true`): the first bold use of a
 *   Chinese glossary term in a chapter (outside the glossary table) must be
 *   followed by its English name in parentheses; later bold uses need none.
 *   `false` turns this check off.
 *
 * The rule needs project data: without a `glossary` it stops with a message
 * naming the option. `doc-lint` turns it on only with `--glossary <module>`.
 *
 * ## Performance
 *
 * `pnpm --filter @moby-anatomy/remark-lint-glossary-coverage bench` scans the
 * prose of the whole handbook (2,019 segments, 133,177 characters) with 40,
 * 1,000 and 10,000 terms (the real glossary plus synthetic CJK and Latin
 * terms), one warm-up round, then 9 interleaved rounds, median. On a 2-core
 * AMD EPYC machine, Node 24.21:
 *
 * | terms | build (ms) | scan median (ms) | ratio to 40 terms |
 * | --: | --: | --: | --: |
 * | 40 | 5.6 | 11.26 | 1.00 |
 * | 1,000 | 33.8 | 14.10 | 1.25 |
 * | 10,000 | 594.7 | 13.50 | 1.20 |
 *
 * Scanning cost does not grow with the number of terms; building the
 * automaton does (once per run).
 *
 * ## Compatibility
 *
 * remark-lint 10, unified 11, Node 22.11 and later. Other chapters are read
 * through the shared loader: each is parsed at most once per run.
 *
 * @module glossary-coverage
 * @example
 *   {"name": "00-总体说明.md", "config": {"glossary": [{"term": "容器", "english": "Container", "description": "隔离运行的进程", "related": ["镜像"]}, {"term": "镜像", "english": "Image", "description": "只读模板", "related": ["容器"]}, {"term": "运行时", "english": "Runtime", "aliases": ["容器运行时"], "description": "执行容器的程序", "related": ["容器"]}]}}
 *
 *   # 总体说明
 *
 *   **容器**（Container）由**镜像**（Image）创建，交给容器运行时执行。
 *
 *   | 术语 | 英文 | 说明 | 相关概念 |
 *   | --- | --- | --- | --- |
 *   | **容器** | Container | 隔离运行的进程 | 镜像 |
 *   | **镜像** | Image | 只读模板 | 容器 |
 *   | **运行时** | Runtime | 执行容器的程序 | 容器 |
 *
 * @example
 *   {"name": "00-drift.md", "label": "input", "config": {"glossary": [{"term": "容器", "english": "Container", "description": "隔离运行的进程", "related": ["镜像"]}, {"term": "镜像", "english": "Image", "description": "只读模板", "related": ["容器"]}, {"term": "运行时", "english": "Runtime", "aliases": ["容器运行时"], "description": "执行容器的程序", "related": ["容器"]}]}}
 *
 *   # 术语
 *
 *   容器、镜像与运行时。
 *
 *   | 术语 | 英文 | 说明 | 相关概念 |
 *   | --- | --- | --- | --- |
 *   | **镜像** | Images | 只读模板 | 容器 |
 *   | 容器 | Container | 进程 | 镜像、运行时 |
 *   | **镜象** | Image | 错字 | 容器 |
 *   | **镜像** | Image | 只读模板 | 容器 |
 *   | **运行时** |
 *
 * @example
 *   {"name": "00-drift.md", "label": "output"}
 *
 *   5:1-11:12: Unexpected missing row for `运行时`, expected `| **运行时** | Runtime | … |`
 *   7:12-7:18: Unexpected English `Images` for `镜像`, expected `Image`
 *   8:3-8:5: Unexpected row `容器` after `镜像`, expected glossary order (`容器` comes first)
 *   8:3-8:5: Unexpected term cell `容器` without bold, expected `**容器**`
 *   8:20-8:22: Unexpected description for `容器`, expected `隔离运行的进程`
 *   8:25-8:31: Unexpected related concepts `镜像、运行时` for `容器`, expected `镜像`
 *   9:3-9:9: Unexpected row `镜象` that is no glossary entry, expected only glossary terms: did you mean `镜像`?
 *   10:3-10:9: Unexpected second row for `镜像`, expected one row per entry
 *   11:1-11:12: Unexpected row with 1 cells, expected 4 (`术语` | `英文` | `说明` | `相关概念`)
 *
 * @example
 *   {"name": "01-章节.md", "label": "input", "config": {"glossary": [{"term": "容器", "english": "Container", "description": "隔离运行的进程", "related": ["镜像"]}, {"term": "镜像", "english": "Image", "description": "只读模板", "related": ["容器"]}, {"term": "运行时", "english": "Runtime", "aliases": ["容器运行时"], "description": "执行容器的程序", "related": ["容器"]}]}}
 *
 *   # 章节
 *
 *   **分层文件系统**（Layered Filesystem）尚无条目，**容器**（Containers）的英文不对，**镜像**(Image) 正确，**注意**（这不是术语）不算引入术语，**运行时**（runtime）的大小写不对。
 *
 *   ```mermaid
 *   mindmap
 *     root((容器))
 *       镜像
 *       Runtime
 *       卷驱动
 *       net[网络]
 *   ```
 *
 * @example
 *   {"name": "01-章节.md", "label": "output"}
 *
 *   3:1-3:11: Unexpected term `分层文件系统` (Layered Filesystem) missing from the glossary, expected an entry for it
 *   3:36-3:42: Unexpected English `Containers` for `容器`, expected `Container`
 *   3:97-3:104: Unexpected English `runtime` for `运行时`, expected `Runtime`
 *   10:5-10:8: Unexpected mindmap label `卷驱动` that is no glossary term, expected a term of the glossary
 *   11:9-11:11: Unexpected mindmap label `网络` that is no glossary term, expected a term of the glossary
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "input", "config": {"glossary": [{"term": "容器", "english": "Container", "description": "隔离运行的进程", "related": ["镜像"]}, {"term": "镜像", "english": "Image", "description": "只读模板", "related": ["容器"]}, {"term": "运行时", "english": "Runtime", "aliases": ["容器运行时"], "description": "执行容器的程序", "related": ["容器"]}]}, "files": {"01-用法.md": "# 用法\n\n只谈**容**器；`镜像` 在代码里不算，[链接](https://example.com/运行时) 的网址也不算。\n\n```text\n镜像 运行时\n```\n"}}
 *
 *   # 总体说明
 *
 *   | 术语 | 英文 | 说明 | 相关概念 |
 *   | --- | --- | --- | --- |
 *   | **容器** | Container | 隔离运行的进程 | 镜像 |
 *   | **镜像** | Image | 只读模板 | 容器 |
 *   | **运行时** | Runtime | 执行容器的程序 | 容器 |
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "output"}
 *
 *   6:1-6:31: Unexpected unused entry `镜像`, expected a chapter to use `镜像`, `Image`
 *   7:1-7:37: Unexpected unused entry `运行时`, expected a chapter to use `运行时`, `容器运行时`, `Runtime`
 *
 * @example
 *   {"name": "00-english.md", "label": "input", "config": {"header": ["Term", "English", "Description", "Related"], "glossary": [{"term": "容器", "english": "Container", "description": "隔离运行的进程", "related": ["镜像"]}, {"term": "镜像", "english": "Image", "description": "只读模板", "related": ["容器"]}]}, "files": {"01-use.md": "# Use\n\n容器。\n"}}
 *
 *   # Glossary
 *
 *   | Term | English | Description | Related |
 *   | --- | --- | --- | --- |
 *   | **容器** | Container | 隔离运行的进程 | 镜像 |
 *   | **镜像** | Image | 只读模板 | 容器 |
 *   | **镜像** |
 *
 * @example
 *   {"name": "00-english.md", "label": "output"}
 *
 *   6:1-6:31: Unexpected unused entry `镜像`, expected a chapter to use `镜像`, `Image`
 *   7:1-7:11: Unexpected row with 1 cells, expected 4 (`Term` | `English` | `Description` | `Related`)
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "input", "config": {"glossary": [{"term": "容器", "english": "Container", "description": "隔离运行的进程", "related": ["快照器"]}, {"term": "快照器", "english": "Snapshotter", "description": "管理文件系统快照", "related": ["容器"]}]}, "files": {"01-网址.md": "# 网址\n\n容器的快照见 https://example.com/快照器 与 <https://example.com/Snapshotter>。\n"}}
 *
 *   # 总体说明
 *
 *   | 术语 | 英文 | 说明 | 相关概念 |
 *   | --- | --- | --- | --- |
 *   | **容器** | Container | 隔离运行的进程 | 快照器 |
 *   | **快照器** | Snapshotter | 管理文件系统快照 | 容器 |
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "output"}
 *
 *   6:1-6:42: Unexpected unused entry `快照器`, expected a chapter to use `快照器`, `Snapshotter`
 *
 * @example
 *   {"name": "01-glosses.md", "config": {"glossary": [{"term": "容器", "english": "Container", "description": "隔离运行的进程", "related": ["runc"]}, {"term": "runc", "english": "runc", "description": "OCI 运行时", "related": ["容器"]}]}}
 *
 *   # 术语
 *
 *   **runc** 创建**容器**（Container）；之后再写**容器**不必重复英文。
 *
 * @example
 *   {"name": "01-glosses.md", "label": "input", "config": {"glossary": [{"term": "容器", "english": "Container", "description": "隔离运行的进程", "related": ["runc"]}, {"term": "runc", "english": "runc", "description": "OCI 运行时", "related": ["容器"]}]}}
 *
 *   # 术语
 *
 *   **runc**（runc）创建**容器**；随后的**容器**（Container）不算首次。
 *
 * @example
 *   {"name": "01-glosses.md", "label": "output"}
 *
 *   3:1-3:15: Unexpected gloss `（runc）` repeating the term `runc`, expected `**runc**` alone (a Latin-only term needs no gloss)
 *   3:17-3:23: Unexpected first use of `容器` without its English name, expected `**容器**（Container）`
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "input", "config": {"glossary": {"term": "容器"}}}
 *
 *   # 总体说明
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "output"}
 *
 *   1:1: Unexpected value `{"term":"容器"}` for `options.glossary` of `glossary-coverage`, expected an array of entries `{term, english, description, related}`, such as the `glossary` export of `@moby-anatomy/glossary`
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "input", "config": {"header": ["术语", "英文", "说明", "相关概念"]}}
 *
 *   # 总体说明
 *
 * @example
 *   {"name": "00-总体说明.md", "label": "output"}
 *
 *   1:1: Unexpected missing `options.glossary` of `glossary-coverage`, expected an array of entries `{term, english, description, related}`, such as the `glossary` export of `@moby-anatomy/glossary`
 */

export {default} from './rule.ts'
export type {Entry, Glossary, Options, Settings} from './rule.ts'
export {createMatcher, normalize, type Matcher, type MatchableEntry, type TermMatch} from './matcher.ts'
