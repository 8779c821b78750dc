/**
 * Reporting helpers for the patterns every rule repeats: a message at a node
 * (at a table cell's content, not its pipes) with its ancestors; a `cause`
 * pointing at the first occurrence; `expected` when a finding has one
 * deterministic repair (remark's quick-fix field, read by fixers and editors).
 */
import {cellPlace, type MatchedTable, type Row} from '@moby-anatomy/markdown-helpers'
import type {Nodes} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

/** Extras of one message. */
export interface ReportOptions {
  /** A related place, such as the first occurrence of a duplicate (see `Reporter.firstOccurrence`). */
  readonly cause?: VFileMessage | undefined
  /** The replacement text(s) of the reported node's source when there is one deterministic repair. */
  readonly expected?: readonly string[] | undefined
  /** Point here instead of at the node (a label inside a code block). */
  readonly place?: Position | undefined
}

/** Report helpers bound to one file and one rule. */
export interface Reporter {
  /**
   * Report `reason` at `node`, whose ancestors (root first, without `node`)
   * are `ancestors`. Skipped when there is no place (a tree without positions).
   */
  at(reason: string, node: Nodes, ancestors: readonly Nodes[], options?: ReportOptions): VFileMessage | undefined
  /** Report `reason` in a body row of a matched table: at the row itself, or at a cell of it (or a node in a cell). */
  inRow(reason: string, table: MatchedTable, row: Row, node: Nodes, options?: ReportOptions): VFileMessage | undefined
  /** A message for `cause`: `reason` (such as ``Number `02` first used here``) at `node`. */
  firstOccurrence(reason: string, node: Nodes): VFileMessage
}

/** Where a message about `node` points: a table cell's content, else the node. */
export function placeOf(node: Nodes): Position | undefined {
  return node.type === 'tableCell' ? cellPlace(node) : node.position
}

/** The reporter of `ruleId` on `file`. */
export function createReporter(file: VFile, ruleId: string): Reporter {
  const at: Reporter['at'] = (reason, node, ancestors, options) => {
    const place = options?.place ?? placeOf(node)
    if (!place) return undefined
    const message = file.message(reason, {ancestors: [...ancestors, node], place, ...(options?.cause ? {cause: options.cause} : {})})
    if (options?.expected) message.expected = [...options.expected]
    return message
  }
  return {
    at,
    inRow(reason, table, row, node, options) {
      const ancestors = node === row.node ? [...table.ancestors, table.node] : [...table.ancestors, table.node, row.node]
      return at(reason, node, ancestors, options)
    },
    firstOccurrence(reason, node) {
      return new VFileMessage(reason, {place: placeOf(node), ruleId, source: 'remark-lint'})
    },
  }
}
