/**
 * ## What is this?
 *
 * A [remark-lint](https://github.com/remarkjs/remark-lint) rule that checks a
 * doc set's version-history table: versions written `vMAJOR.MINOR` (or
 * `vMAJOR.MINOR.PATCH` when the patch is not 0) in strictly increasing order,
 * real ISO dates that never decrease and have come, filled change and author
 * cells, a last row equal to the version of the nearest `package.json`, and
 * the same versions as the `CHANGELOG.md` beside it.
 *
 * ## When should I use this?
 *
 * Use it on a doc set published as an npm package whose front page keeps a
 * table with the header `| 版本 | 日期 | 主要变更 | 作者 |` (the header is an
 * option). The release step writes the rows; this rule proves them right.
 *
 * ## API
 *
 * The default export is the rule, `remarkLintVersionHistory`, used as a
 * unified plugin with optional `Options`. Messages have the source
 * `remark-lint` and the rule id `version-history`. The helpers in
 * `versions.ts` (`parseTableVersion`, `tableForm`, …) are exported for the
 * release step.
 *
 * ## Options
 *
 * - `header` (`[string, string, string, string]`, default:
 *   `['版本', '日期', '主要变更', '作者']`): the header cells of the table.
 * - `now` (`Date | string`, default: the current time): today, for tests.
 *   Dates are compared with today's date in UTC+14, so no time zone gets a
 *   false "future date".
 *
 * Without a `package.json` above the file, the package checks are skipped;
 * without a `CHANGELOG.md` beside it, the changelog checks are skipped.
 *
 * ## Compatibility
 *
 * remark-lint 10, unified 11, Node 22.11 and later.
 *
 * @module version-history
 * @example
 *   {"name": "README.md", "config": {"now": "2026-11-29"}, "files": {"package.json": "{\"version\": \"1.2.0\"}", "CHANGELOG.md": "# x\n\n## 1.2.0\n\n## 1.1.0\n\n## 1.0.0\n\n## 0.9.0\n"}}
 *
 *   | 版本 | 日期 | 主要变更 | 作者 |
 *   | --- | --- | --- | --- |
 *   | v1.0 | 2026-01-10 | 初始版本 | 张三 |
 *   | v1.1 | 2026-03-01 | 新增第七章 | 李四 |
 *   | v1.2 | 2026-03-01 | 修订术语表 | 张三、李四 |
 *
 * @example
 *   {"name": "README.md", "label": "input", "config": {"now": "2026-11-29"}, "files": {"package.json": "{\"version\": \"1.3.0\"}"}}
 *
 *   | 版本 | 日期 | 主要变更 | 作者 |
 *   | --- | --- | --- | --- |
 *   | 1.0 | 2026-01-10 | 格式错 | 张三 |
 *   | v1.1.0 | 2026-02-30 | 补丁为 0 且日期不存在 | 张三 |
 *   | v1.2 | 2026-03-01 | 正常 | 张三 |
 *   | v1.0.5 | 2026-02-01 | 版本与日期倒退 | 张三 |
 *   | v1.2 | 2027-01-01 | 重复且在未来 |  |
 *   | v1.2.1 | 2026/03/05 |  | 李四 |
 *   | v1.2.2 | 2026-03-06 |
 *
 * @example
 *   {"name": "README.md", "label": "output"}
 *
 *   3:3-3:6: Unexpected version `1.0`, expected `vMAJOR.MINOR` such as `v1.2`, or `vMAJOR.MINOR.PATCH` when the patch is not 0
 *   4:3-4:9: Unexpected version `v1.1.0`, expected `v1.1`
 *   4:12-4:22: Unexpected date `2026-02-30`, expected a real date written `YYYY-MM-DD`
 *   6:3-6:9: Unexpected version `v1.0.5` after `v1.2`, expected versions in increasing order
 *   6:12-6:22: Unexpected date `2026-02-01` before `2026-03-01` of the row above, expected dates that never decrease
 *   7:3-7:7: Unexpected duplicate version `v1.2`, expected each version once
 *   7:10-7:20: Unexpected date `2027-01-01` in the future (today is `2026-11-29` at the latest), expected a release date that has come
 *   7:30-7:34: Unexpected empty author cell, expected who made the release
 *   8:3-8:9: Unexpected last version `v1.2.1`, expected `v1.3` from `package.json` (`1.3.0`)
 *   8:12-8:22: Unexpected date `2026/03/05`, expected a real date written `YYYY-MM-DD`
 *   8:23-8:26: Unexpected empty change cell, expected a summary of the release
 *   9:1-9:24: Unexpected row with 2 cells, expected 4 (`版本` | `日期` | `主要变更` | `作者`)
 *
 * @example
 *   {"name": "README.md", "label": "input", "config": {"now": "2026-11-29"}, "files": {"package.json": "{\"version\": \"1.2.0\"}", "CHANGELOG.md": "# x\n\n## 1.2.0\n\n## 1.0.0\n\n## 0.1.0\n"}}
 *
 *   | 版本 | 日期 | 主要变更 | 作者 |
 *   | --- | --- | --- | --- |
 *   | v1.0 | 2026-01-10 | 初始版本 | 张三 |
 *   | v1.1 | 2026-02-10 | 未记入变更日志 | 张三 |
 *
 * @example
 *   {"name": "README.md", "label": "output"}
 *
 *   1:1-4:37: Unexpected version `1.2.0` of `CHANGELOG.md` missing from the table, expected a row `v1.2`
 *   4:3-4:7: Unexpected last version `v1.1`, expected `v1.2` from `package.json` (`1.2.0`)
 *   4:3-4:7: Unexpected version `v1.1` missing from `CHANGELOG.md`, expected a `## 1.1.0` entry there
 *
 * @example
 *   {"name": "README.md", "label": "input", "config": {"now": "2026-11-29"}, "files": {"package.json": "{\"version\": 1"}}
 *
 *   | 版本 | 日期 | 主要变更 | 作者 |
 *   | --- | --- | --- | --- |
 *   | v1.0 | 2026-01-10 | 初始版本 | 张三 |
 *
 * @example
 *   {"name": "README.md", "label": "output"}
 *
 *   1:1-3:34: Unexpected `package.json` that is not JSON (Expected ',' or '}' after property value in JSON at position 13 (line 1 column 14)), expected a package manifest with a `version`
 *
 * @example
 *   {"name": "docs/README.md", "label": "input", "config": {"now": "2026-11-29"}, "files": {"package.json": "{\"name\": \"x\"}"}}
 *
 *   | 版本 | 日期 | 主要变更 | 作者 |
 *   | --- | --- | --- | --- |
 *   | v1.0 | 2026-01-10 | 初始版本 | 张三 |
 *
 * @example
 *   {"name": "docs/README.md", "label": "output"}
 *
 *   1:1-3:34: Unexpected `../package.json` without a semver `version`, expected one such as `"version": "1.2.0"`
 *
 * @example
 *   {"name": "HISTORY.md", "label": "input", "config": {"now": "2026-11-29", "header": ["Version", "Date", "Changes", "Author"]}, "files": {"package.json": "{\"version\": \"1.0.0\"}"}}
 *
 *   | Version | Date | Changes | Author |
 *   | --- | --- | --- | --- |
 *   | v1.0 | 2026-01-10 | First release | Ann |
 *   | v1.1 | 2026-02-01 |
 *
 * @example
 *   {"name": "HISTORY.md", "label": "output"}
 *
 *   4:1-4:22: Unexpected row with 2 cells, expected 4 (`Version` | `Date` | `Changes` | `Author`)
 *
 * @example
 *   {"name": "README.md", "label": "input", "config": {"now": "not a date"}}
 *
 *   # 历史
 *
 * @example
 *   {"name": "README.md", "label": "output"}
 *
 *   1:1: Unexpected value `"not a date"` for `options.now` of `version-history`, expected a `Date` or a date string such as `2026-11-29`
 */

export {default} from './rule.ts'
export type {Options, Settings} from './rule.ts'
export {compareVersions, parseSemver, parseTableVersion, semverForm, tableForm, type Version} from './versions.ts'
export {isRealDate} from './rule.ts'
