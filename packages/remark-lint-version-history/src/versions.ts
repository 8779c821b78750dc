/**
 * Versions as the history table writes them (`v1.2`, `v1.2.3`, `v1.3-beta.1`)
 * and as package.json writes them (`1.2.0`), and the order between them.
 */

/** A parsed version. */
export interface Version {
  readonly major: number
  readonly minor: number
  readonly patch: number
  readonly prerelease: readonly string[]
}

const tablePattern = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/
const semverPattern = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/

/** Parse a table version (`v1.2`, `v1.2.3`, `v1.2-rc.1`); `undefined` when malformed. */
export function parseTableVersion(text: string): Version | undefined {
  return fromMatch(tablePattern.exec(text))
}

/** Parse a semver version from package.json or CHANGELOG.md (`1.2.0`). */
export function parseSemver(text: string): Version | undefined {
  return fromMatch(semverPattern.exec(text.trim()))
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
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch
  if (core !== 0) return core
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return (a.prerelease.length === 0 ? 1 : 0) - (b.prerelease.length === 0 ? 1 : 0)
  }
  for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index++) {
    const left = a.prerelease[index]
    const right = b.prerelease[index]
    if (left === undefined) return -1
    if (right === undefined) return 1
    const leftNumber = /^\d+$/.test(left) ? Number(left) : undefined
    const rightNumber = /^\d+$/.test(right) ? Number(right) : undefined
    if (leftNumber !== undefined && rightNumber !== undefined) {
      if (leftNumber !== rightNumber) return leftNumber - rightNumber
    } else if (leftNumber !== undefined) return -1
    else if (rightNumber !== undefined) return 1
    else if (left !== right) return left < right ? -1 : 1
  }
  return 0
}

/** Build a version from a regex match of either pattern. */
function fromMatch(match: RegExpExecArray | null): Version | undefined {
  if (!match) return undefined
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3] ?? 0),
    prerelease: match[4] ? match[4].split('.') : [],
  }
}
