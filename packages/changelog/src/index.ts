/**
 * `@moby-anatomy/changesets-changelog`: the changesets changelog module of the
 * Moby Anatomy doc set. In `.changeset/config.json`:
 *
 * ```json
 * "changelog": ["@moby-anatomy/changesets-changelog", {"header": ["版本", "日期", "主要变更", "作者"]}]
 * ```
 *
 * The same options drive the version-history step (`changesets-history
 * version`, or `version()` from `@moby-anatomy/changesets-changelog/history`).
 */
import {changelogFunctions} from './changelog.ts'

export default changelogFunctions
export {getDependencyReleaseLine, getReleaseLine} from './changelog.ts'
export {configHint, moduleName, ReleaseError, resolveOptions, type Options, type ResolvedOptions} from './options.ts'
