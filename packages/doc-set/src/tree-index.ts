/**
 * One walk per tree for all of this project's rules. Each rule used to walk
 * the whole tree for the few node types it needs (tables, strong, code, inline
 * code, links); on the benchmark every such walk cost 3–6 % of parsing. The
 * index is built on first use by one iterative walk, kept per tree (weakly),
 * and shared by every rule that runs on that tree.
 */
import type {Code, Definition, InlineCode, Link, Nodes, Parents, Root, Strong, Table} from 'mdast'

/** A node with its ancestors, root first. */
export interface Indexed<T> {
  readonly node: T
  readonly ancestors: readonly Parents[]
}

/** The nodes this project's rules look at, in document order. */
export interface TreeIndex {
  readonly tables: readonly Indexed<Table>[]
  readonly strongs: readonly Indexed<Strong>[]
  readonly code: readonly Indexed<Code>[]
  readonly inlineCode: readonly Indexed<InlineCode>[]
  readonly links: readonly Indexed<Link>[]
  readonly definitions: readonly Indexed<Definition>[]
}

const indexes = new WeakMap<Root, TreeIndex>()

/** The index of `tree`, built once. */
export function indexTree(tree: Root): TreeIndex {
  let index = indexes.get(tree)
  if (!index) {
    index = buildIndex(tree)
    indexes.set(tree, index)
  }
  return index
}

/** Depth-first, document order, without recursion (deep trees must not overflow the stack). */
function buildIndex(tree: Root): TreeIndex {
  const tables: Indexed<Table>[] = []
  const strongs: Indexed<Strong>[] = []
  const code: Indexed<Code>[] = []
  const inlineCode: Indexed<InlineCode>[] = []
  const links: Indexed<Link>[] = []
  const definitions: Indexed<Definition>[] = []
  const nodes: Nodes[] = [tree]
  const ancestry: (readonly Parents[])[] = [[]]
  while (nodes.length > 0) {
    const node = nodes.pop() as Nodes
    const ancestors = ancestry.pop() as readonly Parents[]
    switch (node.type) {
      case 'table':
        tables.push({node, ancestors})
        break
      case 'strong':
        strongs.push({node, ancestors})
        break
      case 'code':
        code.push({node, ancestors})
        continue
      case 'inlineCode':
        inlineCode.push({node, ancestors})
        continue
      case 'link':
        links.push({node, ancestors})
        break
      case 'definition':
        definitions.push({node, ancestors})
        continue
      case 'text':
        continue
      default:
    }
    if ('children' in node && node.children.length > 0) {
      const inner = [...ancestors, node]
      for (let child = node.children.length - 1; child >= 0; child--) {
        nodes.push(node.children[child] as Nodes)
        ancestry.push(inner)
      }
    }
  }
  return {tables, strongs, code, inlineCode, links, definitions}
}
