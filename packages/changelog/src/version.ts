/**
 * `changesets-history version`: read the release plan, run `changeset
 * version`, then write the version-history rows. Everything that can be
 * checked is checked before `changeset version` touches a file.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import getReleasePlan from '@changesets/get-release-plan'
import {readChangesets} from '@changesets/read'
import type {NewChangeset, ReleasePlan} from '@changesets/types'
import {getPackages} from '@manypkg/get-packages'
import {closest} from '@moby-anatomy/markdown-helpers'
import {code} from '@moby-anatomy/rule-kit'
import {FileError, readInside} from '@moby-anatomy/doc-files'
import {checkReleasedVersions, commitHistoryRows, prepareHistoryRows, releaseDate, utf8Text, type HistoryRelease, type WrittenRow} from './history.ts'
import {moduleName, ReleaseError, resolveOptions, type ResolvedOptions} from './options.ts'

/** Where and how to run. */
export interface VersionOptions {
  /** The repository root (default: `process.cwd()`). */
  readonly cwd?: string | undefined
  /** Environment: `RELEASE_AUTHOR`, `SOURCE_DATE_EPOCH` (default: `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined
}

/** What a version run did. */
export interface VersionResult {
  readonly releases: readonly HistoryRelease[]
  readonly rows: readonly WrittenRow[]
}

/** Run `changeset version` and the history step. */
export async function version({cwd = process.cwd(), env = process.env}: VersionOptions = {}): Promise<VersionResult> {
  const {rootDir, packages} = await getPackages(cwd)
  const options = readModuleOptions(rootDir)
  const changesets = await readChangesets(rootDir)
  if (changesets.length === 0) {
    throw new ReleaseError('Unexpected release without changesets in .changeset/, expected at least one: add it with `pnpm changeset` and commit it')
  }
  checkPackageNames(changesets, packages.map((entry) => entry.packageJson.name))
  const plan = await getReleasePlan(rootDir)
  const config = readConfig(rootDir)
  const dirs = new Map(packages.map((entry) => [entry.packageJson.name, entry.dir]))
  const authors = changesetAuthors(rootDir, changesets, env)
  const date = releaseDate(env)

  const releases = historyReleases(plan, dirs, config.fixed, authors)
  let changesetBin: string
  try {
    changesetBin = createRequire(path.join(rootDir, 'package.json')).resolve('@changesets/cli/bin.js')
  } catch (error) {
    throw new ReleaseError(`Unexpected project without \`@changesets/cli\` in ${rootDir}, expected it as a devDependency (\`pnpm add -D @changesets/cli\`)`, {cause: error})
  }
  // Every check, and the rows' bytes, before the first file changes.
  for (const release of releases) checkChangelog(release)
  const planned = prepareHistoryRows(releases, date, options)
  try {
    const run = spawnSync(process.execPath, [changesetBin, 'version'], {cwd: rootDir, stdio: 'inherit', env: {...process.env, ...env}})
    if (run.status !== 0) {
      throw new ReleaseError(`Unexpected exit code ${String(run.status ?? run.signal)} of \`changeset version\`, expected 0; no history row was written`)
    }
    checkReleasedVersions(releases.filter((release) => planned.some((write) => path.dirname(write.file) === path.resolve(release.dir))))
  } catch (error) {
    for (const write of planned) write.discard()
    throw error
  }
  return {releases, rows: commitHistoryRows(planned)}
}

/**
 * The releases of a plan as the history step sees them: each released
 * package's folder, new version, and the summaries and authors of its
 * changesets (a package bumped only through its fixed group tells the
 * group's story).
 */
export function historyReleases(
  plan: ReleasePlan,
  dirs: ReadonlyMap<string, string>,
  fixed: readonly (readonly string[])[],
  authors: ReadonlyMap<string, readonly string[]>,
): HistoryRelease[] {
  const releases: HistoryRelease[] = []
  for (const release of plan.releases) {
    const dir = dirs.get(release.name)
    if (release.type === 'none' || !release.newVersion || !dir) continue
    const group = fixed.find((names) => names.includes(release.name)) ?? [release.name]
    const own = plan.changesets.filter((changeset) => release.changesets.includes(changeset.id))
    const related = own.length > 0 ? own : plan.changesets.filter((changeset) => changeset.releases.some((entry) => group.includes(entry.name)))
    releases.push({
      name: release.name,
      dir,
      newVersion: release.newVersion,
      summaries: related.map((changeset) => changeset.summary),
      authors: related.flatMap((changeset) => authors.get(changeset.id) ?? []),
    })
  }
  return releases
}

/**
 * A package's CHANGELOG.md, which \`changeset version\` will rewrite, must be
 * absent or a regular UTF-8 text file inside the package: a FIFO would hang
 * it, a binary file would be corrupted.
 */
function checkChangelog(release: HistoryRelease): void {
  const file = path.join(release.dir, 'CHANGELOG.md')
  if (!fs.lstatSync(file, {throwIfNoEntry: false})) return
  try {
    utf8Text(readInside(file, {root: release.dir}).bytes, file)
  } catch (error) {
    if (error instanceof FileError) throw new ReleaseError(`Unexpected ${file}: ${error.reason}; nothing was changed, expected a UTF-8 changelog or none`, {cause: error})
    throw error
  }
}

/** The options given to this module in `.changeset/config.json`, checked. */
export function readModuleOptions(rootDir: string): ResolvedOptions {
  const changelog = readConfig(rootDir).changelog
  if (Array.isArray(changelog) && changelog[0] === moduleName) return resolveOptions(changelog[1])
  if (changelog === moduleName) return resolveOptions(undefined)
  throw new ReleaseError(
    `Unexpected changelog ${code(JSON.stringify(changelog) ?? 'undefined')} in .changeset/config.json, expected this module, which the history step shares options with.\nWrite it in .changeset/config.json as:\n  "changelog": [${JSON.stringify(moduleName)}, {"header": ["版本", "日期", "主要变更", "作者"]}]`,
  )
}

/** The fields of `.changeset/config.json` the step reads. */
export function readConfig(rootDir: string): {changelog: unknown; fixed: readonly (readonly string[])[]} {
  const file = path.join(rootDir, '.changeset', 'config.json')
  let data: {changelog?: unknown; fixed?: unknown}
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof data
  } catch (error) {
    throw new ReleaseError(`Unexpected ${file} that cannot be read as JSON, expected the changesets config`, {cause: error})
  }
  const fixed = Array.isArray(data.fixed) ? (data.fixed.filter(Array.isArray) as string[][]) : []
  return {changelog: data.changelog, fixed}
}

/** Throw when a changeset names a package that is not in the workspace. */
export function checkPackageNames(changesets: readonly NewChangeset[], names: readonly string[]): void {
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      if (names.includes(release.name)) continue
      const guess = closest(release.name, names)
      throw new ReleaseError(
        `Unexpected package ${code(release.name)} in .changeset/${changeset.id}.md, expected a package of this workspace${
          guess ? `: did you mean ${code(guess)}?` : ` such as ${code(names[0] ?? '@scope/name')}`
        } Fix the name in the changeset's front matter (\`"${guess ?? names[0] ?? '@scope/name'}": ${release.type}\`).`,
      )
    }
  }
}

/**
 * The authors of each changeset: `RELEASE_AUTHOR` when set, else the git
 * authors of the commits that touched `.changeset/<id>.md`, else the git user.
 */
export function changesetAuthors(rootDir: string, changesets: readonly NewChangeset[], env: Readonly<Record<string, string | undefined>>): Map<string, string[]> {
  const authors = new Map<string, string[]>()
  const override = env['RELEASE_AUTHOR']?.trim()
  let fallback: string | undefined
  for (const changeset of changesets) {
    if (override) {
      authors.set(changeset.id, [override])
      continue
    }
    const log = git(rootDir, ['log', '--reverse', '--format=%an', '--', `.changeset/${changeset.id}.md`])
    const names = [...new Set(log.split('\n').map((line) => line.trim()).filter((line) => line !== ''))]
    if (names.length === 0) {
      fallback ??= git(rootDir, ['config', 'user.name']).trim()
      if (!fallback) {
        throw new ReleaseError(
          `Unexpected changeset .changeset/${changeset.id}.md with no git author and no git user.name, expected a committed changeset or \`RELEASE_AUTHOR=名字 pnpm release:version\``,
        )
      }
      names.push(fallback)
    }
    authors.set(changeset.id, names)
  }
  return authors
}

/** Output of a git command, or '' when git fails (no repository, no config). */
function git(cwd: string, args: readonly string[]): string {
  const result = spawnSync('git', args, {cwd, encoding: 'utf8'})
  return result.status === 0 ? result.stdout : ''
}
