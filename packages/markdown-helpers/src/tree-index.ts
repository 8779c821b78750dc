/**
 * One walk per tree for every rule. Each rule used to walk the whole tree for
 * the few node types it needs; on the benchmark every such walk cost 3–6 % of
 * parsing. The index is built on first use by one iterative walk, groups
 * every node by its type, is kept per tree (weakly, so it lives exactly as
 * long as the tree), and is shared by every rule that runs on that tree. A
 * new rule asks for the types it needs: nothing here changes.
 */
import type {Nodes, Parents, Root} from 'mdast'

/** A node with its ancestors, root first. */
export interface Indexed<T> {
  readonly node: T
  readonly ancestors: readonly Parents[]
}

/** An mdast node type name (`'table'`, `'strong'`, `'inlineCode'`, …). */
export type NodeType = Nodes['type']

/** The mdast node of a type name. */
export type NodeOfType<Type extends NodeType> = Extract<Nodes, {type: Type}>

/** Every node of a tree by type, in document order. */
export interface TreeIndex {
  /** The nodes of one type with their ancestors, in document order (empty when there are none). */
  ofType<Type extends NodeType>(type: Type): readonly Indexed<NodeOfType<Type>>[]
}

const indexes = new WeakMap<Root, TreeIndex>()
const none: readonly never[] = []

/** The index of `tree`, built once. */
export function indexTree(tree: Root): TreeIndex {
  let index = indexes.get(tree)
  if (!index) {
    const byType = buildIndex(tree)
    index = {ofType: (type) => (byType.get(type) ?? none) as readonly Indexed<NodeOfType<typeof type>>[]}
    indexes.set(tree, index)
  }
  return index
}

/** Depth-first, document order, without recursion (deep trees must not overflow the stack). */
function buildIndex(tree: Root): Map<NodeType, Indexed<Nodes>[]> {
  const byType = new Map<NodeType, Indexed<Nodes>[]>()
  const nodes: Nodes[] = [tree]
  const ancestry: (readonly Parents[])[] = [[]]
  while (nodes.length > 0) {
    const node = nodes.pop() as Nodes
    const ancestors = ancestry.pop() as readonly Parents[]
    let list = byType.get(node.type)
    if (!list) {
      list = []
      byType.set(node.type, list)
    }
    list.push({node, ancestors})
    if ('children' in node && node.children.length > 0) {
      const inner = [...ancestors, node]
      for (let child = node.children.length - 1; child >= 0; child--) {
        nodes.push(node.children[child] as Nodes)
        ancestry.push(inner)
      }
    }
  }
  return byType
}

/**
 * Call `visit` on every node of `tree` with its parent, depth-first in
 * document order (as `unist-util-visit` does, without its closure and copy of
 * the ancestors per node, or recursion); `visit` returns `false` to skip a
 * node's children. For one pass that needs every node once, where building
 * the index would cost more than it saves.
 */
export function forEachNode(tree: Root, visit: (node: Nodes, parent: Parents | undefined) => boolean | void): void {
  const nodes: Nodes[] = [tree]
  const parents: (Parents | undefined)[] = [undefined]
  while (nodes.length > 0) {
    const node = nodes.pop() as Nodes
    if (visit(node, parents.pop()) === false || !('children' in node)) continue
    for (let child = node.children.length - 1; child >= 0; child--) {
      nodes.push(node.children[child] as Nodes)
      parents.push(node)
    }
  }
}
