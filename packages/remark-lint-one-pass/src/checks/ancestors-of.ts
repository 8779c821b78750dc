/**
 * The ancestors of a node seen earlier in the walk, found again when a
 * message needs them: checks that report a node only after the walk has moved
 * on (an unused definition, the first of two duplicates) keep the node, not a
 * copy of the stack for every node they might report.
 */
import type {Nodes, Parents, Root} from 'mdast'

/** The path from `tree` to `node` (root first, `node` last), or `undefined` if `node` is not in `tree`. */
export function ancestorsOf(tree: Root, node: Nodes): Nodes[] | undefined {
  const path: Nodes[] = []
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  // Descend only into nodes whose source contains the node's; should a tree
  // break that nesting, search it all.
  if (typeof start === 'number' && typeof end === 'number' && find(tree, node, path, start, end)) return path
  return find(tree, node, path, undefined, undefined) ? path : undefined
}

/** Depth-first search for `node` below `parent`, pushing the path onto `path`. */
function find(parent: Nodes, node: Nodes, path: Nodes[], start: number | undefined, end: number | undefined): boolean {
  path.push(parent)
  if (parent === node) return true
  if ('children' in parent) {
    for (const child of (parent as Parents).children) {
      if (start !== undefined && end !== undefined && !contains(child, start, end)) continue
      if (find(child, node, path, start, end)) return true
    }
  }
  path.pop()
  return false
}

/** Whether `child` may hold the source range `start`–`end` (a child without offsets may). */
function contains(child: Nodes, start: number, end: number): boolean {
  const childStart = child.position?.start.offset
  const childEnd = child.position?.end.offset
  if (typeof childStart !== 'number' || typeof childEnd !== 'number') return true
  return childStart <= start && end <= childEnd
}
