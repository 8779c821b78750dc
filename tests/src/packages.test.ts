/**
 * What each public package ships: its packed tarball (`pnpm pack`, as
 * `changeset publish` packs it) holds only what a consumer needs, passes
 * publint and @arethetypeswrong/cli, and names no `workspace:` range.
 * Needs `pnpm build` first (turbo runs it before this package's tests).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {publint} from 'publint'
import {formatMessage} from 'publint/utils'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot} from './harness.ts'

interface Manifest {
  name: string
  private?: boolean
  dependencies?: Record<string, string>
  exports?: Record<string, unknown>
}

/** Public packages of the workspace: folder and manifest. */
const packages = ['packages', 'content']
  .flatMap((group) => fs.readdirSync(path.join(repoRoot, group)).map((name) => path.join(repoRoot, group, name)))
  .filter((dir) => fs.existsSync(path.join(dir, 'package.json')))
  .map((dir) => ({dir, manifest: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest}))
  .filter(({manifest}) => !manifest.private)

/** Files a consumer needs: the manifest, docs, license, built code; the handbook's chapters. */
const shipped = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^dist\/(?:[\w-]+\/)*[\w.-]+\.(?:js|d\.ts|js\.map|d\.ts\.map)$/]
// The handbook also ships its chapters, the refs lock its source references are checked against,
// and the examples lock its Go programs are checked against.
const chapter = /^(?:\d{2}-[^/]+\.md|refs\.lock\.json|examples\.lock\.json)$/
/** Files no tarball may hold. */
const forbidden = /(?:^|\/)(?:src|test|tests|fixtures|bench|node_modules|\.vitest|\.turbo)\/|\.test\.|\.tsbuildinfo$|^tsconfig/

const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packs-'))
const tarballs = new Map<string, {file: string; files: string[]}>()

beforeAll(() => {
  for (const {dir, manifest} of packages) {
    const run = spawnSync('pnpm', ['pack', '--pack-destination', packDir, '--json'], {cwd: dir, encoding: 'utf8'})
    if (run.status !== 0) throw new Error(`pnpm pack of ${manifest.name} failed: ${run.stderr}`)
    const result = JSON.parse(run.stdout) as {filename: string; files: {path: string}[]}
    tarballs.set(manifest.name, {file: result.filename, files: result.files.map((entry) => entry.path).sort()})
  }
})

afterAll(() => fs.rmSync(packDir, {recursive: true, force: true}))

describe('published packages', () => {
  it('are the public packages of the workspace', () => {
    expect(packages.map(({manifest}) => manifest.name).sort()).toEqual([
      '@moby-anatomy/changesets-changelog',
      '@moby-anatomy/doc-files',
      '@moby-anatomy/doc-lint',
      '@moby-anatomy/glossary',
      '@moby-anatomy/go-examples',
      '@moby-anatomy/handbook',
      '@moby-anatomy/language-server',
      '@moby-anatomy/link-check',
      '@moby-anatomy/markdown-helpers',
      '@moby-anatomy/moby-refs',
      '@moby-anatomy/remark-lint-cjk-typography',
      '@moby-anatomy/remark-lint-glossary-coverage',
      '@moby-anatomy/remark-lint-go-examples',
      '@moby-anatomy/remark-lint-nav-table',
      '@moby-anatomy/remark-lint-one-pass',
      '@moby-anatomy/remark-lint-source-refs',
      '@moby-anatomy/remark-lint-text-encoding',
      '@moby-anatomy/remark-lint-version-history',
      '@moby-anatomy/remark-preset',
      '@moby-anatomy/rule-kit',
    ])
  })

  it('ship the handbook with both locks beside its chapters', () => {
    const {files} = tarballs.get('@moby-anatomy/handbook')!
    expect(files).toContain('refs.lock.json')
    expect(files).toContain('examples.lock.json')
  })

  describe.each(packages.map(({manifest}) => manifest.name))('%s', (name) => {
    it('packs only what a consumer needs', () => {
      const {files} = tarballs.get(name)!
      const unexpected = files.filter((file) => forbidden.test(file) || !(shipped.some((pattern) => pattern.test(file)) || (name === '@moby-anatomy/handbook' && chapter.test(file))))
      expect(unexpected).toEqual([])
      expect(files).toContain('LICENSE')
      expect(files).toContain('README.md')
      expect(files.some((file) => file.startsWith('dist/') && file.endsWith('.d.ts'))).toBe(true)
    })

    it('names versions, not workspace ranges, in the packed manifest', () => {
      const packed = spawnSync('tar', ['-xzOf', tarballs.get(name)!.file, 'package/package.json'], {encoding: 'utf8'})
      expect(packed.status).toBe(0)
      expect(packed.stdout).not.toContain('workspace:')
    })

    it('passes publint', async () => {
      const tarball = fs.readFileSync(tarballs.get(name)!.file)
      const {messages, pkg} = await publint({level: 'warning', pack: {tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength)}})
      expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg, {color: false}) ?? message.code}`)).toEqual([])
    })

    it('passes @arethetypeswrong/cli (ESM only)', () => {
      const attw = path.join(repoRoot, 'tests/node_modules/@arethetypeswrong/cli/dist/index.js')
      // The exit code counts problems in the resolutions of the profile only (ESM: node16 from ESM, bundler).
      const run = spawnSync(process.execPath, [attw, tarballs.get(name)!.file, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color'], {encoding: 'utf8'})
      expect(run.status, run.stdout + run.stderr).toBe(0)
      expect(run.stdout).toMatch(/node16 \(from ESM\)/)
    })
  })
})
