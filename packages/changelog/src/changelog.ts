/**
 * The changelog lines: one per changeset (`- abc1234: summary`, further
 * summary lines indented below) and one block per release caused only by
 * updated dependencies. The same shape as `@changesets/changelog-git`, typed,
 * with checked options.
 */
import type {ChangelogFunctions, GetDependencyReleaseLine, GetReleaseLine} from '@changesets/types'
import {resolveOptions} from './options.ts'

/** The line of one changeset in a package's CHANGELOG.md. */
export const getReleaseLine: GetReleaseLine = (changeset, _type, options) => {
  resolveOptions(options)
  const [first = '', ...rest] = changeset.summary.split('\n').map((line) => line.trimEnd())
  const commit = changeset.commit ? `${changeset.commit.slice(0, 7)}: ` : ''
  return [`- ${commit}${first}`, ...rest.map((line) => (line === '' ? '' : `  ${line}`))].join('\n')
}

/** The lines of a release caused by updated workspace dependencies. */
export const getDependencyReleaseLine: GetDependencyReleaseLine = (changesets, dependencies, options) => {
  resolveOptions(options)
  if (dependencies.length === 0) return ''
  const commits = changesets.map((changeset) => changeset.commit?.slice(0, 7)).filter((commit): commit is string => commit !== undefined)
  const head = `- Updated dependencies${commits.length > 0 ? ` [${commits.join(', ')}]` : ''}`
  return [head, ...dependencies.map((dependency) => `  - ${dependency.name}@${dependency.newVersion ?? dependency.oldVersion ?? ''}`)].join('\n')
}

/** Both functions, as changesets loads them from the default export. */
export const changelogFunctions = {getReleaseLine, getDependencyReleaseLine} as const satisfies ChangelogFunctions
