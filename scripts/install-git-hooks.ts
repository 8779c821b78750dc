/**
 * `prepare` (run by `pnpm install`): install the git hooks that package.json's
 * `simple-git-hooks` field names (pre-commit: `pnpm lint:changed`, which is
 * `doc-lint --changed`). Skipped in CI (`CI` set and not `false`), outside a
 * git work tree (an installed tarball), and with
 * `SKIP_INSTALL_SIMPLE_GIT_HOOKS=1`. Run a commit without the hook with
 * `git commit --no-verify` or `SKIP_SIMPLE_GIT_HOOKS=1 git commit`.
 */
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'

interface SimpleGitHooks {
  readonly skipInstall: () => boolean
  readonly setHooksFromConfig: (projectRoot: string) => Promise<{readonly isHookChanged: boolean}>
}

const cwd = process.cwd()
const ci = process.env['CI']
if (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') {
  console.log('git hooks: not installed in CI')
} else if (spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd, encoding: 'utf8'}).stdout.trim() !== 'true') {
  console.log('git hooks: not installed (not a git work tree)')
} else {
  const hooks = createRequire(import.meta.url)('simple-git-hooks') as SimpleGitHooks
  if (!hooks.skipInstall()) {
    const {isHookChanged} = await hooks.setHooksFromConfig(cwd)
    console.log(isHookChanged ? 'git hooks: installed (pre-commit runs `pnpm lint:changed`)' : 'git hooks: up to date')
  }
}
