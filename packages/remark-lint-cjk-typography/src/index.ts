/**
 * ## What is this?
 *
 * A [remark-lint](https://github.com/remarkjs/remark-lint) rule for Chinese
 * technical typography, after the widely followed 中文文案排版指北
 * conventions. In prose text only (never inline code, code blocks, URLs,
 * autolinks, link targets, HTML, front matter or diagrams) it reports:
 *
 * - a missing space between a CJK character and a Latin letter or digit
 *   (`使用Docker` → `使用 Docker`); a unit stays with its number (`10%`,
 *   `5°C`), and the number takes the space (`占用 10% 的`); a full-width
 *   mark beside Latin takes none;
 * - half-width `,;:?!.()` in a Chinese sentence (`，；：？！。（）`) and
 *   full-width ones in a paragraph, heading or cell with no CJK character;
 * - a space beside full-width punctuation (`容器 ，` → `容器，`);
 * - a mark repeated (`！！` → `！`);
 * - a product or project name in another casing than the glossary's
 *   (`github` → `GitHub`), with the glossary matcher;
 * - `**` left in the text because GitHub's CommonMark did not pair it
 *   (`**术语，**的`: the closing `**` follows punctuation and precedes a
 *   letter, so it cannot close). This is read from the parsed tree, not
 *   guessed with a pattern: a `**` the parser paired is a `strong` node and
 *   never reaches the check.
 *
 * Every finding but the last kind has one deterministic repair, given as
 * `expected` (the replacement of the reported range); `doc-lint fix` applies
 * them (`fixTypography` in `@moby-anatomy/remark-lint-cjk-typography/fix`).
 *
 * ## When should I use this?
 *
 * In a Chinese doc set. The Moby Anatomy preset turns it on with the doc
 * set's glossary; without a glossary the casing check and the exceptions are
 * off and the rest works.
 *
 * ## API
 *
 * The default export is the rule, `remarkLintCjkTypography`. Messages have
 * the source `remark-lint` and the rule id `cjk-typography`. Checks look
 * inside one text node at a time: a boundary between a text node and inline
 * code or emphasis is not checked (`` `code`中文 `` passes).
 *
 * ## Options
 *
 * - `glossary` (`readonly SpellingEntry[]`, default: `[]`): glossary entries;
 *   the rule reads their `names` (canonical spellings such as `GitHub`,
 *   `containerd`) and `exceptions` (spellings kept on purpose: `API服务器`
 *   written without a space, the command `docker` in lower case).
 * - `exceptions` (`readonly string[]`, default: `[]`): more deliberate
 *   spellings that are not glossary concepts.
 *
 * Matching: names are found with the glossary matcher (case-insensitive,
 * on Latin word boundaries); a name that touches `.`, `/`, `-`, `_`, `:`,
 * `@`, `#`, `=` or `+` is part of a path, host or identifier
 * (`github.com`, `daemon/start.go`, `+json`) and is left alone. A run of
 * text holding `/` or `=` (`plugins/插件ID/config.json`) is a path or a
 * key=value, not prose: only its left edge is checked. `.` becomes `。`
 * only at the end of a line (`包名.名称` is a separator); `,;:?!` become
 * full-width only when Chinese follows (`方法名: Err` quotes a format).
 * Half-width marks are asked for only in a block that reads as English:
 * no CJK character and words separated by spaces.
 *
 * ## Fixing
 *
 * `fixTypography(text, settings)` (export `./fix`; `settings` from
 * `remarkLintCjkTypography.settings(options)`) parses the text, replaces the
 * range of every finding that has `expected`, and repeats until nothing
 * changes (at most five passes): only those characters change, a byte order
 * mark and CRLF line ends stay, and a second run changes nothing.
 * `doc-lint fix` runs it after the table fixers. A fix in a heading changes
 * the heading's GitHub anchor: links to the old anchor must follow (in this
 * doc set five links did, updated by hand).
 *
 * ## Engine: hand-written, not autocorrect-node
 *
 * [`autocorrect-node`](https://www.npmjs.com/package/autocorrect-node)
 * 2.14.0 (MIT, Rust through N-API) was evaluated against this rule's own
 * checks with `bench/compare-autocorrect.ts` on
 * `test/fixtures/markdown-constructs.md` and on the handbook:
 *
 * | | autocorrect-node `formatFor(text, 'doc.md')` | this rule's fixer |
 * | --- | --- | --- |
 * | fixture: lines changed | 8 | 5 |
 * | fixture: code, HTML, front matter or URL values changed | 5 (front matter, a URL written as text, an autolink, a Go code block, inline HTML) | 0 |
 * | handbook (after its typography pass): lines changed | 92 (glossary terms such as `API服务器` and `IP地址管理`, chapter titles that must match their file names, `包名.名称` turned into `包名。名称`) | 0 |
 * | handbook: code, HTML or URL values changed | 3 | 0 |
 * | glossary casing (`github` → `GitHub`) and deliberate exceptions | no | yes |
 * | findings with exact ranges for `expected` | no (whole lines from `lintFor`) | yes |
 * | speed, handbook, median of 5 | 174 ms | fixer 611 ms (it parses each file); as a lint rule on the preset's tree, about 50–100 ms |
 * | install | 48 KB + a 12 MB native binary per platform (optional dependencies for Linux x64 glibc and musl, macOS x64 and arm64, Windows x64 only: none for Linux arm64) | no native code; uses the glossary matcher already in the repository |
 * | licence | MIT | MIT |
 *
 * autocorrect-node is much faster as a formatter, but it formats Markdown
 * source with its own grammar, so it changes bytes this project must never
 * change (a URL with Han characters, code, HTML), knows no glossary, and
 * reports whole lines instead of ranges. This rule works on the mdast that
 * the preset parses anyway, so it sees exactly what GitHub renders as
 * prose, and its cost is the scan of the text nodes. Decision: the
 * hand-written checks, no new dependency.
 *
 * ## Performance
 *
 * `node --conditions=@moby-anatomy/source bench/cjk-typography.ts` (root of
 * the repository): the preset's lint time with and without this rule,
 * interleaved rounds, medians, and the rule's check alone over every file's
 * tree (parsed and indexed outside the timing) as a share of the preset's
 * time. Figures of 2026-11-30 23:30 UTC (2 idle Xeon cores, Node 24.21.0;
 * `--megabytes 8 --rounds 3`; the generated set is the calibrated corpus of
 * `pnpm bench`, whose parse cost per MB matches real documentation's):
 *
 * | doc set | preset without the rule | with the rule | ratio | the rule's check alone |
 * | --- | --: | --: | --: | --: |
 * | handbook, 1.0 MB, 9 rounds | 0.45 s | 0.48 s | 1.065 | 0.04 s = 9.9 % |
 * | generated, 8.0 MB (468 files, half English), 3 rounds | 7.36 s | 7.40 s | 1.006 | 0.45 s = 6.1 % |
 *
 * The end-to-end ratios are within the noise of a run (the handbook's
 * whole lint is under half a second, since the preset's stock rules run as
 * one walk); the rule's own check, at 6–10 % of the preset's time, is the
 * figure to hold under the 10 % budget: on the handbook, which is all
 * Chinese prose, it sits at the edge.
 * What keeps it there: characters are classified by code unit ranges, not a
 * Unicode regex per character; each check first tests whether its mark
 * occurs in the run at all; the glossary matcher runs only on runs that a
 * single case-insensitive pattern of all spellings matches.
 *
 * ## Compatibility
 *
 * remark-lint 10, unified 11, Node 22.11 and later.
 *
 * @module cjk-typography
 * @example
 *   {"name": "ok.md", "config": {"glossary": [{"term": "守护进程", "names": ["GitHub", "Docker"], "exceptions": ["API服务器", "docker"]}]}}
 *
 *   # 使用 Docker 的 API服务器
 *
 *   在 GitHub 上，`docker run`命令启动容器，占用 10% 的 CPU 和 5°C 的温升。
 *
 *   `inline code`中文、[容器文档](https://example.com/容器Docker文档) 和 https://example.com/路径a中文。
 *
 *   见 <https://example.com/中文a> 与 www.example.com/容器a。
 *
 *   | 名称 | 说明 |
 *   | --- | --- |
 *   | runc | 低层运行时（runtime） |
 *   | 引用 | [第3章?](03-章节.md) |
 *
 *   ```mermaid
 *   graph LR
 *     A[使用Docker] --> B[github，，]
 *   ```
 *
 *   <span>中文abc ，</span>
 *
 *   **术语**，后文。Hello, world (see below).
 *
 * @example
 *   {"name": "spacing.md", "label": "input"}
 *
 *   # 使用Docker构建
 *
 *   第3章讲containerd，占用10%的内存。
 *
 *   | 名称 | 说明 |
 *   | --- | --- |
 *   | runc | 低层runtime |
 *
 * @example
 *   {"name": "spacing.md", "label": "output"}
 *
 *   1:4-1:6: Unexpected missing space between `用` and `D`, expected `用 D`
 *   1:10-1:12: Unexpected missing space between `r` and `构`, expected `r 构`
 *   3:1-3:3: Unexpected missing space between `第` and `3`, expected `第 3`
 *   3:4-3:6: Unexpected missing space between `讲` and `c`, expected `讲 c`
 *   3:17-3:19: Unexpected missing space between `用` and `1`, expected `用 1`
 *   3:20-3:22: Unexpected missing space between `%` and `的`, expected `% 的`
 *   7:11-7:13: Unexpected missing space between `层` and `r`, expected `层 r`
 *
 * @example
 *   {"name": "punctuation.md", "label": "input"}
 *
 *   容器启动后,守护进程记录状态:成功!
 *
 *   镜像(image)由层组成.
 *
 *   The daemon starts，then it stops。
 *
 * @example
 *   {"name": "punctuation.md", "label": "output"}
 *
 *   1:6-1:7: Unexpected half-width `,` in a Chinese sentence, expected `，`
 *   1:15-1:16: Unexpected half-width `:` in a Chinese sentence, expected `：`
 *   1:18-1:19: Unexpected half-width `!` in a Chinese sentence, expected `！`
 *   3:3-3:4: Unexpected half-width `(` in a Chinese sentence, expected `（`
 *   3:9-3:10: Unexpected half-width `)` in a Chinese sentence, expected `）`
 *   3:14-3:15: Unexpected half-width `.` in a Chinese sentence, expected `。`
 *   5:18-5:19: Unexpected full-width `，` in a Latin-only sentence, expected `,`
 *   5:32-5:33: Unexpected full-width `。` in a Latin-only sentence, expected `.`
 *
 * @example
 *   {"name": "spaces-and-repeats.md", "label": "input"}
 *
 *   容器 ，镜像。 然后是网络！！
 *
 * @example
 *   {"name": "spaces-and-repeats.md", "label": "output"}
 *
 *   1:3-1:4: Unexpected space beside full-width `，`, expected none: `器 ，` → `器，`
 *   1:8-1:9: Unexpected space beside full-width `。`, expected none: `。 然` → `。然`
 *   1:14-1:16: Unexpected repeated `！！`, expected one `！`
 *
 * @example
 *   {"name": "casing.md", "label": "input", "config": {"glossary": [{"term": "守护进程", "names": ["GitHub", "containerd"], "exceptions": ["docker"]}]}}
 *
 *   代码在 github 上，由 Containerd 运行；`docker` 与 docker 命令，github.com/moby 不算。
 *
 * @example
 *   {"name": "casing.md", "label": "output"}
 *
 *   1:5-1:11: Unexpected `github`, expected `GitHub`
 *   1:16-1:26: Unexpected `Containerd`, expected `containerd`
 *
 * @example
 *   {"name": "strong.md", "label": "input"}
 *
 *   **术语，**的定义，**容器**，正常。
 *
 * @example
 *   {"name": "strong.md", "label": "output"}
 *
 *   1:1-1:3: Unexpected `**` that does not render as emphasis, expected it paired and outside punctuation (`**术语**，`, not `**术语，**`)
 *   1:6-1:8: Unexpected `**` that does not render as emphasis, expected it paired and outside punctuation (`**术语**，`, not `**术语，**`)
 *
 * @example
 *   {"name": "exceptions.md", "label": "input", "config": {"exceptions": ["Moby项目源码剖析"]}}
 *
 *   # Moby项目源码剖析 - 总体说明
 *
 *   《Moby项目源码剖析》的第1章。
 *
 * @example
 *   {"name": "exceptions.md", "label": "output"}
 *
 *   3:14-3:16: Unexpected missing space between `第` and `1`, expected `第 1`
 *
 * @example
 *   {"name": "bad-option.md", "label": "input", "config": {"exceptions": "Moby"}}
 *
 *   正文。
 *
 * @example
 *   {"name": "bad-option.md", "label": "output"}
 *
 *   1:1: Unexpected value `"Moby"` for `options.exceptions` of `cjk-typography`, expected an array of non-empty strings, such as `['Moby项目源码剖析']`
 *
 * @example
 *   {"name": "crlf.md", "label": "input", "inputHex": "e5ae b9e5 99a8 44 6f 63 6b 65 72 0d0a 0d0a e4bd bfe7 94a8 2c e9 95 9c e5 83 8f 0d0a"}
 *
 * @example
 *   {"name": "crlf.md", "label": "output"}
 *
 *   1:2-1:4: Unexpected missing space between `器` and `D`, expected `器 D`
 *   3:3-3:4: Unexpected half-width `,` in a Chinese sentence, expected `，`
 *
 * @example
 *   {"name": "bom.md", "label": "input", "inputHex": "efbbbf e5ae b9e5 99a8 44 6f 63 6b 65 72 0a"}
 *
 * @example
 *   {"name": "bom.md", "label": "output"}
 *
 *   1:2-1:4: Unexpected missing space between `器` and `D`, expected `器 D`
 */

export {default} from './rule.ts'
export type {Options, Settings} from './rule.ts'
export type {SpellingEntry} from './spellings.ts'
