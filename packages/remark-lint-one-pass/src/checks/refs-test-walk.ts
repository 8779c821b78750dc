/**
 * A minimal single walk for testing checks alone, until they join the
 * package's own walk: plain recursion, `enter`/`exit` per the `Check`
 * interface, messages stamped as `unified-lint-rule@3` stamps them (a throw in
 * `start`, such as a wrong option, becomes a message as it does there).
 */
import type {Nodes, Parents, Root} from 'mdast'
import type {MessageOptions, VFile} from 'vfile'
import type {Check, CheckRun, Report} from '../check.ts'

/** One check to run, with the option the stock rule would receive. */
export interface CheckEntry {
  readonly check: Check<any>
  readonly option?: unknown
}

/** Run `entries` over `tree` in one walk, adding their messages to `file`. */
export function runChecks(tree: Root, file: VFile, entries: readonly CheckEntry[]): void {
  const runs: Array<{run: CheckRun; types: ReadonlySet<string> | undefined}> = []

  for (const {check, option} of entries) {
    const stamp = {fatal: false, ruleId: check.name, source: 'remark-lint', url: check.url}
    const report = (reason: string, place: Report): void => {
      // `Report.cause` is `unknown` where vfile says `Error`: the stock rules pass messages.
      Object.assign(file.message(reason, place as MessageOptions), stamp)
    }
    const before = file.messages.length
    let run: CheckRun | undefined
    try {
      run = check.start({tree, file, option, report})
    } catch (error) {
      // As `unified-lint-rule`: an error that is not yet a message becomes one.
      if (!file.messages.includes(error as never)) {
        try {
          file.fail(error as Error)
        } catch {}
      }
      for (let index = before; index < file.messages.length; index++) Object.assign(file.messages[index]!, stamp)
      continue
    }
    if (run) runs.push({run, types: check.types ? new Set(check.types) : undefined})
  }

  const ancestors: Parents[] = []
  walk(tree)
  for (const {run} of runs) run.end?.()

  function walk(node: Nodes): void {
    for (const {run, types} of runs) if (!types || types.has(node.type)) run.enter?.(node, ancestors)
    if ('children' in node) {
      ancestors.push(node)
      for (const child of node.children as Nodes[]) walk(child)
      ancestors.pop()
    }
    for (const {run, types} of runs) if (!types || types.has(node.type)) run.exit?.(node, ancestors)
  }
}
