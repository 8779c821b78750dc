/**
 * The release path end to end, against a real npm registry: a copy of this
 * repository, verdaccio on 127.0.0.1 (no uplinks), a changeset,
 * `pnpm release:version`, `pnpm release:publish` (refused, then allowed, then
 * with nothing new), and a fresh project that installs the doc set from the
 * registry, imports it from TypeScript and Node and lints the installed
 * Markdown with the installed preset. Verdaccio is stopped by its process id
 * whatever happens.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot, type Run} from './harness.ts'

const summary = '新增第七章：插件系统'
const maintainer = '维护者甲'
const chapter = 'content/handbook/00-总体说明.md'
/** The doc set's version as released in this checkout, and the minor release the scenario makes of it. */
const released = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'content/handbook/package.json'), 'utf8')) as {version: string}).version
const [major = 0, minor = 0] = released.split('.').map(Number)
const next = `${major}.${minor + 1}.0`
const nextRow = `v${major}.${minor + 1}`
const publicPackages = [
  'changesets-changelog',
  'doc-files',
  'doc-lint',
  'glossary',
  'go-examples',
  'handbook',
  'language-server',
  'link-check',
  'markdown-helpers',
  'moby-refs',
  'remark-lint-cjk-typography',
  'remark-lint-glossary-coverage',
  'remark-lint-go-examples',
  'remark-lint-nav-table',
  'remark-lint-one-pass',
  'remark-lint-source-refs',
  'remark-lint-text-encoding',
  'remark-lint-version-history',
  'remark-preset',
  'rule-kit',
].map((name) => `@moby-anatomy/${name}`)

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'release-e2e-'))
const repo = path.join(work, 'repo')
const consumer = path.join(work, 'consumer')
let verdaccio: ChildProcess | undefined
let registry = ''
const tokens = {publisher: '', intruder: ''}
// Release time, whole seconds, so the expected date is the one the step writes.
const epoch = Math.floor(Date.now() / 1000)
const today = new Date(epoch * 1000).toISOString().slice(0, 10)

/** The environment of a command: no variables of the outer turbo, pnpm or vitest run. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(?:TURBO_|npm_|VITEST|NODE_OPTIONS$|INIT_CWD$|PNPM_SCRIPT_SRC_DIR$)/.test(key)) continue
    env[key] = value
  }
  return {...env, TURBO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true', ...extra}
}

/** Run a command to its end (bounded), returning status and output. */
function run(command: string, args: readonly string[], cwd: string, extra: Record<string, string> = {}): Run {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: cleanEnv(extra), timeout: 180_000})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Run git, failing the test on error. */
function git(...args: string[]): string {
  const result = run('git', ['-c', `user.name=${maintainer}`, '-c', 'user.email=maintainer@example.com', ...args], repo)
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

/** Point the repository's `.npmrc` at the registry with a user's token. */
function useToken(token: string): void {
  const host = registry.replace(/^http:/, '')
  fs.writeFileSync(path.join(repo, '.npmrc'), `@moby-anatomy:registry=${registry}\n${host}:_authToken=${token}\n`)
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Fetch JSON from the registry, bounded in time; a request on a kept-alive
 * socket that verdaccio closed meanwhile is retried (three tries at most).
 */
async function registryJson(pathname: string, init: RequestInit = {}): Promise<{status: number; body: Record<string, unknown>}> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(new URL(pathname, registry), {...init, signal: AbortSignal.timeout(5000)})
      return {status: response.status, body: (await response.json()) as Record<string, unknown>}
    } catch (error) {
      if (attempt >= 3 || (error as {cause?: {code?: string}}).cause?.code !== 'UND_ERR_SOCKET') throw error
    }
  }
}

/** Start verdaccio; resolves once it answers `/-/ping` (at most 100 tries, 100 ms apart). */
async function startVerdaccio(): Promise<void> {
  const folder = path.join(work, 'registry')
  fs.mkdirSync(folder)
  fs.writeFileSync(
    path.join(folder, 'config.yaml'),
    [
      'storage: ./storage',
      'auth:',
      '  htpasswd:',
      '    file: ./htpasswd',
      '    max_users: 10',
      'uplinks: {}',
      'packages:',
      // Only `publisher` may publish the glossary: everyone else gets a 403.
      "  '@moby-anatomy/glossary':",
      '    access: $all',
      '    publish: publisher',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      'log: {type: stdout, format: pretty, level: warn}',
      'web: {enable: false}',
      '',
    ].join('\n'),
  )
  const port = await freePort()
  registry = `http://127.0.0.1:${port}/`
  const bin = path.join(repoRoot, 'tests/node_modules/verdaccio/bin/verdaccio')
  verdaccio = spawn(process.execPath, [bin, '--config', path.join(folder, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    cwd: folder,
    env: cleanEnv(),
    stdio: 'ignore',
  })
  // Should this process end without afterAll (killed test run), take verdaccio with it.
  const pid = verdaccio.pid
  process.once('exit', () => {
    if (pid !== undefined && verdaccio?.exitCode === null && verdaccio.signalCode === null) process.kill(pid, 'SIGKILL')
  })
  for (let attempt = 0; attempt < 100; attempt++) {
    if (verdaccio.exitCode !== null) throw new Error(`verdaccio exited with ${verdaccio.exitCode}`)
    try {
      if ((await fetch(new URL('/-/ping', registry), {signal: AbortSignal.timeout(1000)})).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('verdaccio did not answer /-/ping within 10 s')
}

/** Stop verdaccio by its process id and wait (bounded) for it to exit. */
async function stopVerdaccio(): Promise<void> {
  const child = verdaccio
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(child.pid, 'SIGTERM')
  const timer = setTimeout(() => child.pid && child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

/** Create a registry user; returns its token. */
async function addUser(name: string): Promise<string> {
  const {status, body} = await registryJson(`/-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({name, password: `secret-${name}-${epoch}`}),
  })
  if (status !== 201 || typeof body['token'] !== 'string') throw new Error(`cannot add user ${name}: ${status} ${JSON.stringify(body)}`)
  return body['token']
}

/** Name and version of each public package of the copy. */
function localVersions(): Map<string, string> {
  const versions = new Map<string, string>()
  for (const group of ['packages', 'content']) {
    for (const name of fs.readdirSync(path.join(repo, group))) {
      const file = path.join(repo, group, name, 'package.json')
      if (!fs.existsSync(file)) continue
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as {name: string; version: string; private?: boolean}
      if (!manifest.private) versions.set(manifest.name, manifest.version)
    }
  }
  return versions
}

/** Copy the files git knows (tracked and untracked, not ignored) of this repository. */
function copyRepository(): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: repoRoot, encoding: 'utf8'})
  for (const file of listed.stdout.split('\0').filter((entry) => entry !== '')) {
    const from = path.join(repoRoot, file)
    if (!fs.existsSync(from)) continue
    fs.mkdirSync(path.dirname(path.join(repo, file)), {recursive: true})
    fs.copyFileSync(from, path.join(repo, file))
  }
}

beforeAll(async () => {
  copyRepository()
  // The scenario starts from a released repository: changesets still pending in
  // this checkout (tooling work in progress) are not part of it.
  for (const name of fs.readdirSync(path.join(repo, '.changeset'))) {
    if (name.endsWith('.md') && name !== 'README.md') fs.rmSync(path.join(repo, '.changeset', name))
  }
  const install = run('pnpm', ['install', '--prefer-offline', '--frozen-lockfile'], repo)
  if (install.status !== 0) throw new Error(`pnpm install in the copy failed:\n${install.stdout}\n${install.stderr}`)
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-qm', 'The repository as released')
  await startVerdaccio()
  tokens.publisher = await addUser('publisher')
  tokens.intruder = await addUser('intruder')
}, 120_000)

afterAll(async () => {
  await stopVerdaccio()
  fs.rmSync(work, {recursive: true, force: true})
})

// Each step runs real commands (a cold build, a publish of nine packages): room for a slow CI machine.
describe('the release pipeline against verdaccio', {timeout: 180_000}, () => {
  it('adds a changeset the way a contributor does', () => {
    const added = run('pnpm', ['changeset', 'add', '--minor', '@moby-anatomy/handbook', '-m', summary], repo)
    expect(added.status, added.stdout + added.stderr).toBe(0)
    const changesets = fs.readdirSync(path.join(repo, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md')
    expect(changesets).toHaveLength(1)
    expect(fs.readFileSync(path.join(repo, '.changeset', changesets[0]!), 'utf8')).toBe(`---\n"@moby-anatomy/handbook": minor\n---\n\n${summary}\n`)
    git('add', '-A')
    git('commit', '-qm', 'changeset: 第七章')
  })

  it('release:version bumps the fixed group, writes CHANGELOG.md and one history row, and lints clean', () => {
    const before = fs.readFileSync(path.join(repo, chapter), 'utf8')
    const commit = git('log', '-1', '--format=%h', '--abbrev=7').trim()
    const version = run('pnpm', ['release:version'], repo, {SOURCE_DATE_EPOCH: String(epoch)})
    expect(version.status, version.stdout + version.stderr).toBe(0)
    expect(version.stdout).toContain('@moby-anatomy/handbook:lint')

    for (const name of ['handbook', 'glossary']) {
      expect(JSON.parse(fs.readFileSync(path.join(repo, 'content', name, 'package.json'), 'utf8')).version).toBe(next)
    }
    expect(fs.readFileSync(path.join(repo, 'content/handbook/CHANGELOG.md'), 'utf8')).toContain(`## ${next}\n\n### Minor Changes\n\n- ${commit}: ${summary}\n\n## ${released}`)
    // The glossary follows the handbook in the fixed group; changesets writes its entry.
    expect(fs.readFileSync(path.join(repo, 'content/glossary/CHANGELOG.md'), 'utf8')).toContain(`## ${next}\n\nNo changes in this release.\n\n## ${released}`)
    const lastRow = before.split('\n').findLast((line) => line.startsWith(`| v${released.replace(/\.0$/, '')} |`))!
    expect(fs.readFileSync(path.join(repo, chapter), 'utf8')).toBe(before.replace(`${lastRow}\n`, `${lastRow}\n| ${nextRow} | ${today} | ${summary} | ${maintainer} |\n`))
    // Only the fixed group changed; the changeset was used up.
    expect(git('-c', 'core.quotePath=false', 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
      expect.stringMatching(/^ D \.changeset\/[\w-]+\.md$/),
      ' M content/glossary/CHANGELOG.md',
      ' M content/glossary/package.json',
      ` M ${chapter}`,
      ' M content/handbook/CHANGELOG.md',
      ' M content/handbook/package.json',
    ])
    git('add', '-A')
    git('commit', '-qm', 'Version packages')
  })

  it('release:publish into a registry that refuses (403) exits non-zero and names the package', () => {
    useToken(tokens.intruder)
    const refused = run('pnpm', ['release:publish'], repo)
    const output = refused.stdout + refused.stderr
    expect(refused.status, output).not.toBe(0)
    expect(output).toContain(`@moby-anatomy/glossary@${next}`)
    expect(output).toContain('403 Forbidden')
    expect(output).toContain('not allowed to publish package @moby-anatomy/glossary')
  })

  it('release:publish puts every public package in the registry and tags the release', async () => {
    useToken(tokens.publisher)
    const published = run('pnpm', ['release:publish'], repo)
    expect(published.status, published.stdout + published.stderr).toBe(0)
    const versions = localVersions()
    expect([...versions.keys()].sort()).toEqual(publicPackages)
    for (const [name, version] of versions) {
      const {status, body} = await registryJson(`/${name.replace('/', '%2f')}`)
      expect(status, name).toBe(200)
      expect((body['dist-tags'] as Record<string, string>)['latest'], name).toBe(version)
    }
    const tags = git('tag', '--list').split('\n')
    expect(tags).toContain(`@moby-anatomy/handbook@${next}`)
    expect(tags).toContain(`@moby-anatomy/glossary@${next}`)
  })

  it('release:publish with nothing new publishes nothing and exits 0', async () => {
    const before = await registryJson('/@moby-anatomy%2fhandbook')
    const again = run('pnpm', ['release:publish'], repo)
    expect(again.status, again.stdout + again.stderr).toBe(0)
    expect(again.stdout + again.stderr).toContain('No unpublished projects to publish')
    const after = await registryJson('/@moby-anatomy%2fhandbook')
    expect(after.body['time']).toEqual(before.body['time'])
  })

  it('a fresh project installs the doc set, imports it from TypeScript and Node, and lints it with the installed preset', () => {
    fs.mkdirSync(consumer)
    fs.writeFileSync(path.join(consumer, '.npmrc'), `@moby-anatomy:registry=${registry}\n`)
    fs.writeFileSync(
      path.join(consumer, 'package.json'),
      JSON.stringify({
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: {'@moby-anatomy/handbook': `^${next}`, '@moby-anatomy/glossary': `^${next}`, '@moby-anatomy/remark-preset': '*', 'remark-cli': '^12.0.1'},
      }),
    )
    fs.writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {module: 'nodenext', moduleResolution: 'nodenext', target: 'es2023', lib: ['es2023'], strict: true, noUncheckedIndexedAccess: true, noEmit: true, types: []},
        files: ['check.ts'],
      }),
    )
    fs.writeFileSync(
      path.join(consumer, 'check.ts'),
      [
        "import {chapters, type Chapter, type ChapterFile} from '@moby-anatomy/handbook'",
        "import {glossary, type GlossaryEntry, type Term} from '@moby-anatomy/glossary'",
        '',
        'declare const console: {log(text: string): void}',
        'declare global {',
        '  interface ImportMeta {',
        '    resolve(specifier: string): string',
        '  }',
        '}',
        '',
        'const overview: Chapter = chapters[0]!',
        'const file: ChapterFile = overview.file',
        '// @ts-expect-error: not a chapter of the handbook',
        "const missing: ChapterFile = '99-不存在.md'",
        'const entry: GlossaryEntry = glossary[0]',
        'const term: Term = glossary[0].term',
        'const url = import.meta.resolve(`@moby-anatomy/handbook/${file}`)',
        'console.log(JSON.stringify({chapters, missing, terms: glossary.length, entry, term, url}))',
        '',
      ].join('\n'),
    )
    fs.writeFileSync(path.join(consumer, '.remarkrc.js'), "import preset from '@moby-anatomy/remark-preset'\n\nexport default {plugins: [preset]}\n")

    const install = run('pnpm', ['install', '--prefer-offline'], consumer)
    expect(install.status, install.stdout + install.stderr).toBe(0)

    const tsc = run(path.join(repoRoot, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], consumer)
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)

    const node = run(process.execPath, ['check.ts'], consumer)
    expect(node.status, node.stderr).toBe(0)
    const seen = JSON.parse(node.stdout) as {chapters: {number: number; title: string; file: string; difficulty: number; headings: {text: string; slug: string}[]}[]; terms: number; entry: {term: string}; url: string}
    // Every chapter of the handbook, however many there are by now.
    const chapterNumbers = fs.readdirSync(path.join(repoRoot, 'content/handbook')).flatMap((name) => /^(\d{2})-.+\.md$/.exec(name)?.[1] ?? []).map(Number).sort((a, b) => a - b)
    expect(seen.chapters.map((entry) => entry.number)).toEqual(chapterNumbers)
    expect(seen.chapters[0]).toMatchObject({title: '总体说明', file: '00-总体说明.md', difficulty: 1})
    expect(seen.chapters[0]!.headings).toContainEqual({depth: 2, text: '版本历史', slug: '版本历史'})
    expect(seen.terms).toBeGreaterThan(50)
    expect(seen.entry.term).toBe('容器')
    const installedChapter = new URL(seen.url).pathname
    expect(decodeURIComponent(installedChapter)).toMatch(/node_modules\/.*@moby-anatomy\/handbook\/00-总体说明\.md$/)
    expect(fs.readFileSync(decodeURIComponent(installedChapter), 'utf8')).toContain(`| ${nextRow} | ${today} | ${summary} | ${maintainer} |`)

    // remark-cli in the installed package's folder: its chapters, package.json and CHANGELOG.md.
    const installed = path.dirname(decodeURIComponent(installedChapter))
    const lint = run(process.execPath, [path.join(consumer, 'node_modules/remark-cli/cli.js'), '.', '--rc-path', path.join(consumer, '.remarkrc.js'), '--frail', '--no-stdout', '--no-color'], installed)
    expect(lint.stderr).toContain('00-总体说明.md: no issues found')
    expect(lint.stderr).not.toMatch(/warning|error/)
    expect(lint.status).toBe(0)
  })
})
