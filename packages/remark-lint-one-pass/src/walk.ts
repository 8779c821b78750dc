/**
 * The single walk: plain recursion over the tree, each node handed to the
 * checks that asked for its type, with one shared ancestors stack.
 *
 * Why not `unist-util-visit-parents`: it builds a closure per node and names
 * it with `Object.defineProperty` (for stack traces), which costs about five
 * times a plain recursive walk; here nothing is allocated per node.
 */
import type {Nodes, Parents, Root} from 'mdast'
import type {CheckRun} from './check.ts'

/** A check started on one file, as the walk drives it. */
export interface WalkEntry {
  /** The node types the run wants; `undefined`: every node. */
  readonly types: readonly string[] | undefined
  readonly run: CheckRun
  /** Called when a call of `run` throws; the run gets no further calls (a stock rule stops at its error too). */
  readonly fail: (error: unknown) => void
}

/** The entries that want one node type, for entering and for exiting. */
interface Dispatch {
  readonly enter: readonly WalkEntry[]
  readonly exit: readonly WalkEntry[]
}

/**
 * Walk `tree` once: `enter` before a node's children, `exit` after them, then
 * every `end`; at each step the entries are called in their listed order.
 */
export function walk(tree: Root, entries: readonly WalkEntry[]): void {
  const walker = new Walker(entries)
  if (entries.some((entry) => entry.run.enter || entry.run.exit)) walker.visit(tree)
  walker.end()
}

/** The state of one walk: the ancestors stack and the dispatch table by node type. */
class Walker {
  private readonly stack: Parents[] = []
  private readonly byType = new Map<string, Dispatch>()
  private live: WalkEntry[]

  constructor(entries: readonly WalkEntry[]) {
    this.live = [...entries]
  }

  visit(node: Nodes): void {
    const dispatch = this.byType.get(node.type) ?? this.dispatch(node.type)
    const stack = this.stack
    for (const entry of dispatch.enter) {
      try {
        entry.run.enter?.(node, stack)
      } catch (error) {
        this.failed(entry, error)
      }
    }
    if ('children' in node && node.children) {
      stack.push(node)
      for (const child of node.children) this.visit(child)
      stack.pop()
    }
    // Re-read: a run may have failed in the subtree.
    for (const entry of (this.byType.get(node.type) ?? this.dispatch(node.type)).exit) {
      try {
        entry.run.exit?.(node, stack)
      } catch (error) {
        this.failed(entry, error)
      }
    }
  }

  end(): void {
    for (const entry of this.live) {
      try {
        entry.run.end?.()
      } catch (error) {
        this.failed(entry, error)
      }
    }
  }

  /** Build (once per type and file) the entries that want `type`. */
  private dispatch(type: string): Dispatch {
    const wanted = this.live.filter((entry) => entry.types === undefined || entry.types.includes(type))
    const dispatch: Dispatch = {
      enter: wanted.filter((entry) => entry.run.enter),
      exit: wanted.filter((entry) => entry.run.exit),
    }
    this.byType.set(type, dispatch)
    return dispatch
  }

  /** Report a run's error and take the run out of the walk. */
  private failed(entry: WalkEntry, error: unknown): void {
    entry.fail(error)
    this.live = this.live.filter((other) => other !== entry)
    this.byType.clear()
  }
}
