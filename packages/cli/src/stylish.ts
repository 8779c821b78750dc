/**
 * The `stylish` report, written file by file as files finish: the layout of
 * vfile-reporter (remark-cli's report) — a line naming the file, one aligned
 * row per finding (`place  severity  reason  rule  source`), `[cause]:` rows,
 * and a closing tally — with the columns aligned within each file instead of
 * across the whole run, so nothing waits for the last file.
 *
 * Not vfile-reporter itself: it needs every file at once, and it measures
 * each cell with `string-width` (a fifth of a run on real documentation, with
 * tens of thousands of findings). `fast-string-width` measures the same
 * widths (East Asian wide characters count 2, ANSI colours 0) at a fraction
 * of the cost, and an ASCII cell is measured by its length.
 */
import fastStringWidth from 'fast-string-width'
import {stringifyPosition} from 'unist-util-stringify-position'
import type {StoredMessage} from './stored-message.ts'

/** A file as the report shows it: its path as given, its findings sorted by place. */
export interface ReportedFile {
  readonly path: string
  readonly messages: readonly StoredMessage[]
}

interface Colors {
  readonly bold: string
  readonly underline: string
  readonly normalIntensity: string
  readonly noUnderline: string
  readonly red: string
  readonly cyan: string
  readonly green: string
  readonly yellow: string
  readonly defaultColor: string
}

const ansi: Colors = {
  bold: '\u001B[1m',
  underline: '\u001B[4m',
  normalIntensity: '\u001B[22m',
  noUnderline: '\u001B[24m',
  red: '\u001B[31m',
  cyan: '\u001B[36m',
  green: '\u001B[32m',
  yellow: '\u001B[33m',
  defaultColor: '\u001B[39m',
}
const plain: Colors = Object.fromEntries(Object.keys(ansi).map((key) => [key, ''])) as unknown as Colors

type Row = string | readonly string[]

const eol = /\r?\n|\r/

/** Builds the report one file at a time; `end()` gives the tally. */
export class StylishReport {
  readonly #colors: Colors
  readonly #quiet: boolean
  #lastHadMessages = false
  #fatal = 0
  #warnings = 0
  #total = 0

  constructor(options: {readonly quiet: boolean; readonly color: boolean}) {
    this.#colors = options.color ? ansi : plain
    this.#quiet = options.quiet
  }

  /** The lines of one file (each ending in a line feed), or `''` when `quiet` hides it. */
  file(file: ReportedFile): string {
    const rows: Row[] = []
    for (const message of file.messages) {
      if (message.fatal === true) this.#fatal++
      else if (message.fatal === false) this.#warnings++
      this.#total++
      this.#messageRows(message, '', rows)
    }
    if (this.#quiet && rows.length === 0) return ''
    let text = `${this.#lastHadMessages ? '\n' : ''}${this.#fileLine(file)}\n`
    for (const line of aligned(rows)) text += `${line}\n`
    this.#lastHadMessages = rows.length > 0
    return text
  }

  /** The closing tally (`⚠ 3 warnings`), or `''` without errors and warnings. */
  end(): string {
    const c = this.#colors
    if (this.#fatal === 0 && this.#warnings === 0) return ''
    let line = ''
    if (this.#fatal > 0) line = `${c.red}✖${c.defaultColor} ${this.#fatal} error${this.#fatal === 1 ? '' : 's'}`
    if (this.#warnings > 0) line = `${line ? `${line}, ` : ''}${c.yellow}⚠${c.defaultColor} ${this.#warnings} warning${this.#warnings === 1 ? '' : 's'}`
    if (this.#total !== this.#fatal && this.#total !== this.#warnings) line = `${this.#total} messages (${line})`
    return `\n${line}\n`
  }

  #fileLine(file: ReportedFile): string {
    const c = this.#colors
    const colour = this.#fileColour(file.messages)
    const name = `${c.underline}${colour}${file.path}${c.defaultColor}${c.noUnderline}`
    return file.messages.length === 0 ? `${name}: no issues found` : name
  }

  #fileColour(messages: readonly StoredMessage[]): string {
    const c = this.#colors
    if (messages.some((message) => message.fatal === true)) return c.red
    return messages.length > 0 ? c.yellow : c.green
  }

  /** Add the row of a finding, then its `[cause]:` rows, to `rows`. */
  #messageRows(message: StoredMessage, indent: string, rows: Row[]): void {
    const c = this.#colors
    const label = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
    // Most reasons are one line: split only those that are not.
    const [reason = '', ...rest] = eol.test(message.reason) ? message.reason.split(eol) : [message.reason]
    rows.push([
      indent + stringifyPosition(message.place as never),
      `${label === 'error' ? c.red : c.yellow}${label}${c.defaultColor}`,
      this.#reason(reason),
      message.ruleId ?? '',
      message.source ?? '',
    ])
    rows.push(...rest)
    if (message.cause) {
      rows.push(`  ${c.bold}[cause]${c.normalIntensity}:`)
      this.#messageRows(message.cause, '    ', rows)
    }
  }

  /** The reason in bold, code spans (`` `x` ``) in cyan. */
  #reason(reason: string): string {
    const c = this.#colors
    if (c.bold === '') return reason
    return `${c.bold}${reason.replaceAll(/(`+)[^`]*?\1/g, (code) => `${c.cyan}${code}${c.defaultColor}`)}${c.normalIntensity}`
  }
}

/**
 * Rows as lines, each cell padded to its column's widest cell plus one space,
 * trailing spaces cut. Each cell is measured once and loops are indexed: this
 * runs in the thread that gathers every worker's findings, where garbage that
 * outlives a collection makes V8 grow the heap.
 */
function aligned(rows: readonly Row[]): string[] {
  const cellWidths: (number[] | undefined)[] = []
  const widths: number[] = []
  for (const row of rows) {
    if (typeof row === 'string') {
      cellWidths.push(undefined)
      continue
    }
    const measured: number[] = []
    for (let index = 0; index < row.length; index++) {
      const cellWidth = width(row[index] ?? '')
      measured.push(cellWidth)
      if (cellWidth > (widths[index] ?? 0)) widths[index] = cellWidth
    }
    cellWidths.push(measured)
  }
  const lines: string[] = []
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex] ?? ''
    if (typeof row === 'string') {
      lines.push(row)
      continue
    }
    const measured = cellWidths[rowIndex] ?? []
    let line = ''
    for (let index = 0; index < row.length; index++) {
      const cell = row[index] ?? ''
      // `padEnd` counts UTF-16 units: pad by the columns the cell lacks.
      line += cell.padEnd(cell.length + (widths[index] ?? 0) + 1 - (measured[index] ?? 0))
    }
    lines.push(line.trimEnd())
  }
  return lines
}

/** Columns a cell takes in a terminal. */
function width(cell: string): number {
  // Printable ASCII: one column a character (most cells: places, labels, rule names).
  return /^[\x20-\x7E]*$/.test(cell) ? cell.length : fastStringWidth(cell)
}
