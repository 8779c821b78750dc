/**
 * Size figures of a chapter: prose (Han characters outside code, tables,
 * HTML and diagrams), diagrams, code blocks and cited repository paths.
 */
import type {Root} from 'mdast'
import {visitParents} from 'unist-util-visit-parents'

/** Figures of one document. */
export interface ProseStats {
  /** Han characters in prose: text outside code, tables and HTML. */
  readonly proseHan: number
  /** Mermaid code blocks. */
  readonly diagrams: number
  /** Other fenced or indented code blocks. */
  readonly codeBlocks: number
  /** Distinct inline-code values that look like repository paths (`daemon/create.go`, `api/types/`). */
  readonly citedPaths: readonly string[]
}

const han = /\p{Script=Han}/gu
const repositoryPath = /^[a-z0-9_.-]+(?:\/[\w.@-]+)+\/?(?:[:#].*)?$/i

/** Count the figures of a parsed document. */
export function proseStats(tree: Root): ProseStats {
  let proseHan = 0
  let diagrams = 0
  let codeBlocks = 0
  const citedPaths = new Set<string>()
  visitParents(tree, (node) => {
    if (node.type === 'table' || node.type === 'html') return 'skip'
    if (node.type === 'code') {
      if (node.lang === 'mermaid') diagrams++
      else codeBlocks++
      return 'skip'
    }
    if (node.type === 'inlineCode') {
      if (repositoryPath.test(node.value) && !node.value.includes('://')) citedPaths.add(node.value)
      return 'skip'
    }
    if (node.type === 'text') proseHan += node.value.match(han)?.length ?? 0
    return undefined
  })
  return {proseHan, diagrams, codeBlocks, citedPaths: [...citedPaths].sort()}
}
