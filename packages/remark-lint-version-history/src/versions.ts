/**
 * Versions as the history table writes them (`v1.2`, `v1.2.3`, `v1.3-beta.1`)
 * and as package.json writes them (`1.2.0`), parsed and ordered by `semver`.
 * The table form leaves out a patch of 0; everything else is semver's.
 */
import semver from 'semver'

/** A parsed version. */
export interface Version {
  readonly major: number
  readonly minor: number
  readonly patch: number
  readonly prerelease: readonly string[]
}

/** `vMAJOR.MINOR`, an optional `.PATCH`, an optional `-prerelease`: the table's shape before semver reads it. */
const tableShape = /^v(\d+\.\d+)(\.\d+)?(-[^+\s]+)?$/

/** Parse a table version (`v1.2`, `v1.2.3`, `v1.2-rc.1`); `undefined` when malformed. */
export function parseTableVersion(text: string): Version | undefined {
  const match = tableShape.exec(text)
  if (!match?.[1]) return undefined
  return parseSemver(`${match[1]}${match[2] ?? '.0'}${match[3] ?? ''}`)
}

/** Parse a semver version from package.json or CHANGELOG.md (`1.2.0`, `v1.2.0`, build metadata ignored). */
export function parseSemver(text: string): Version | undefined {
  const parsed = semver.parse(text.trim())
  if (!parsed) return undefined
  return {major: parsed.major, minor: parsed.minor, patch: parsed.patch, prerelease: parsed.prerelease.map(String)}
}

/** The table form of a version: patch only when not 0. */
export function tableForm(version: Version): string {
  const base = `v${version.major}.${version.minor}${version.patch === 0 ? '' : `.${version.patch}`}`
  return version.prerelease.length > 0 ? `${base}-${version.prerelease.join('.')}` : base
}

/** The semver form of a version (`1.2.0`). */
export function semverForm(version: Version): string {
  const base = `${version.major}.${version.minor}.${version.patch}`
  return version.prerelease.length > 0 ? `${base}-${version.prerelease.join('.')}` : base
}

/** Semver precedence: negative when `a` comes before `b`. */
export function compareVersions(a: Version, b: Version): number {
  return semver.compare(semverForm(a), semverForm(b))
}
