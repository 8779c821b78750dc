/**
 * Per-file guards: a file too large or nested too deeply would take a whole
 * run down (out of memory, stack overflow) with no file named. Checking each
 * file first costs one message for that file instead.
 */

/** How much one file may hold. */
export interface Limits {
  /** Largest file read, in bytes (default: 16 MiB). */
  readonly maxBytes: number
  /** Deepest nesting of block quotes and list indentation (default: 1,000 levels). */
  readonly maxNesting: number
}

export const defaultLimits: Limits = {maxBytes: 16 * 1024 * 1024, maxNesting: 1000}

/**
 * The deepest container nesting any line opens, measured before parsing: the
 * `>` markers of its prefix plus its indentation in steps of two columns (the
 * smallest list indent). An over-estimate for indented code, never an under-one.
 *
 * Takes the text or its UTF-8 bytes, with the same result: a prefix is made of
 * `>`, spaces and tabs, and lines end at `\n`, all ASCII, which UTF-8 never
 * uses inside another character. `doc-lint` checks the bytes, so its main
 * thread does not decode every file only to measure it.
 */
export function nestingDepth(text: string | Uint8Array): number {
  if (typeof text === 'string') return deepestPrefix(text.length, (index) => text.charCodeAt(index), (from) => text.indexOf('\n', from))
  return deepestPrefix(text.length, (index) => text[index] ?? Number.NaN, (from) => text.indexOf(0x0a, from))
}

/** `nestingDepth` over code units (UTF-16 or UTF-8) read by `unitAt`; `lineFeed` finds the next `\n`. */
function deepestPrefix(length: number, unitAt: (index: number) => number, lineFeed: (from: number) => number): number {
  let deepest = 0
  let lineStart = 0
  while (lineStart <= length) {
    let depth = 0
    let columns = 0
    let index = lineStart
    for (; index < length; index++) {
      const unit = unitAt(index)
      if (unit === 0x3e /* > */) {
        depth++
        // The one optional space after `>` belongs to the marker, not to indentation.
        if (unitAt(index + 1) === 0x20) index++
      }
      else if (unit === 0x20 /* space */) columns++
      else if (unit === 0x09 /* tab */) columns += 4
      else break
    }
    depth += Math.floor(columns / 2)
    if (depth > deepest) deepest = depth
    const next = lineFeed(index)
    if (next === -1) break
    lineStart = next + 1
  }
  return deepest
}

/** Why `text` (or its UTF-8 bytes) breaks a limit, or `undefined` when it is within them. */
export function limitProblem(byteLength: number, text: string | Uint8Array | undefined, limits: Limits): string | undefined {
  if (byteLength > limits.maxBytes) {
    return `Unexpected file of ${formatBytes(byteLength)}, expected at most ${formatBytes(limits.maxBytes)} (the file-size limit)`
  }
  if (text !== undefined) {
    const depth = nestingDepth(text)
    if (depth > limits.maxNesting) {
      return `Unexpected nesting ${depth} levels deep, expected at most ${limits.maxNesting} (the nesting limit)`
    }
  }
  return undefined
}

/** Bytes as a person reads them: `52,428,800 bytes`. */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en')} bytes`
}
