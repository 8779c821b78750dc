/**
 * `changesets-history preview --since <ref>` (`pnpm release:preview`): the
 * Markdown a pull request's job summary shows: the changesets the branch adds
 * since `ref` and the version-history rows the release step would write for
 * them (computed by the step's own code, nothing written), or, when it adds
 * none, how to add one.
 */
import path from 'node:path'
import getReleasePlan from '@changesets/get-release-plan'
import {getPackages} from '@manypkg/get-packages'
import {computeHistoryRows, formatRow, releaseDate} from './history.ts'
import {changesetAuthors, checkPackageNames, historyReleases, readConfig, readModuleOptions} from './version.ts'

/** Where and what to preview. */
export interface PreviewOptions {
  /** The repository root (default: `process.cwd()`). */
  readonly cwd?: string | undefined
  /** The git ref the branch is compared with (e.g. `origin/main`). */
  readonly since: string
  /** Environment: `RELEASE_AUTHOR`, `SOURCE_DATE_EPOCH` (default: `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined
}

const howToAdd = [
  'To describe the change, run `pnpm changeset`, pick the packages it touches and the bump, and write a one-line summary',
  '(in Chinese for `@moby-anatomy/handbook` and `@moby-anatomy/glossary`: it becomes the 主要变更 cell of the version-history row); commit the file it writes in `.changeset/`.',
  'A typo fix or a change no reader needs to hear about can say so with an empty changeset: `pnpm changeset --empty`.',
].join('\n')

/** The preview as Markdown. */
export async function preview({cwd = process.cwd(), since, env = process.env}: PreviewOptions): Promise<string> {
  const {rootDir, packages} = await getPackages(cwd)
  const options = readModuleOptions(rootDir)
  const plan = await getReleasePlan(rootDir, since)
  const lines = ['### Release preview', '']
  if (plan.changesets.length === 0) {
    lines.push(`This branch adds no changeset since \`${since}\`, so the next release would not mention it.`, '', howToAdd, '')
    return lines.join('\n')
  }
  checkPackageNames(plan.changesets, packages.map((entry) => entry.packageJson.name))
  const authors = changesetAuthors(rootDir, plan.changesets, env)
  const count = plan.changesets.length
  lines.push(`This branch adds ${count} changeset${count === 1 ? '' : 's'} since \`${since}\`:`, '')
  for (const changeset of plan.changesets) {
    const bumps = changeset.releases.map((release) => `\`${release.name}\` ${release.type}`).join(', ') || 'empty (no release)'
    const summary = changeset.summary.split('\n')[0]?.trim() ?? ''
    lines.push(`- \`.changeset/${changeset.id}.md\` (${bumps}, by ${(authors.get(changeset.id) ?? []).join(', ')})${summary ? `: ${summary}` : ''}`)
  }
  lines.push('')
  const dirs = new Map(packages.map((entry) => [entry.packageJson.name, entry.dir]))
  const releases = historyReleases(plan, dirs, readConfig(rootDir).fixed, authors)
  const rows = computeHistoryRows(releases, releaseDate(env), options)
  if (rows.length === 0) {
    lines.push('They add no version-history row (no released package keeps a version-history table).', '')
    return lines.join('\n')
  }
  lines.push('The release step would add these version-history rows (dated today):', '')
  for (const {file, row} of rows) {
    lines.push(`\`${path.relative(rootDir, file).split(path.sep).join('/')}\`:`, '', `| ${options.header.join(' | ')} |`, `|${' --- |'.repeat(options.header.length)}`, formatRow(row), '')
  }
  return lines.join('\n')
}
