/**
 * `@moby-anatomy/changesets-changelog/history`: the version-history step as
 * an API — `version()` runs `changeset version` and writes the rows; the
 * helpers below it write one row into a document.
 */
export {appendHistoryRow, computeHistoryRows, formatRow, hasHistoryTable, historyRow, markdownFilesOf, releaseDate, writeHistoryRows} from './history.ts'
export type {ComputedRow, HistoryRelease, HistoryRow, WrittenRow} from './history.ts'
export {preview, type PreviewOptions} from './preview.ts'
export {changesetAuthors, checkPackageNames, historyReleases, readModuleOptions, version} from './version.ts'
export type {VersionOptions, VersionResult} from './version.ts'
