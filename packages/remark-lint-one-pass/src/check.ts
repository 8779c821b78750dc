/**
 * One check of the single walk: what a stock remark-lint rule does, split
 * into calls per node, so all checks share one traversal of the tree.
 */
import type {Nodes, Parents, Root} from 'mdast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

/** What a check passes with a message: `file.message`'s options in the stock rule. */
export interface Report {
  readonly ancestors?: Nodes[] | undefined
  readonly place?: Position | Point | undefined
  readonly cause?: unknown
}

/** What a check needs for one file. */
export interface CheckContext<Option> {
  readonly tree: Root
  readonly file: VFile
  /** The option as the stock rule receives it (severity already taken off). */
  readonly option: Option
  /** `file.message(reason, report)`, then `fatal`, `ruleId`, `source`, `url` set as unified-lint-rule sets them. */
  report(reason: string, report: Report): void
}

/** A check's work on one file; every member is optional. */
export interface CheckRun {
  /**
   * Each node (of `Check.types`, or every node) in document order, before its
   * children. `ancestors` is the walk's own stack (root first, without
   * `node`): copy it (`[...ancestors, node]`) to keep it.
   */
  readonly enter?: ((node: Nodes, ancestors: readonly Parents[]) => void) | undefined
  /** The same nodes after their children. */
  readonly exit?: ((node: Nodes, ancestors: readonly Parents[]) => void) | undefined
  /** After the walk. */
  readonly end?: (() => void) | undefined
}

/** A stock rule as a check. */
export interface Check<Option = unknown> {
  /** The stock rule's name, e.g. `heading-increment` (the message's `ruleId`). */
  readonly name: string
  /** The stock rule's documentation URL (the message's `url`). */
  readonly url: string
  /** The node types `enter`/`exit` want; absent: every node. */
  readonly types?: readonly Nodes['type'][] | undefined
  /** Start on one file; `undefined`: nothing to do for it. Throws on a wrong option, as the stock rule does. */
  start(context: CheckContext<Option>): CheckRun | undefined
}
