/**
 * Wording helpers shared by every rule, so that all messages read the same way:
 * `Unexpected <what>, expected <what instead>` with values in backticks.
 */

const disjunction = new Intl.ListFormat('en', {type: 'disjunction'})

/** Wrap a value in backticks, using a longer fence when the value holds backticks. */
export function code(value: string): string {
  const longest = Math.max(0, ...Array.from(value.matchAll(/`+/g), (match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : ''
  return fence + pad + value + pad + fence
}

/** `a`, `b`, or `c` — at most three values, then `…`. */
export function listOr(values: readonly string[]): string {
  const shown = values.slice(0, 3).map(code)
  if (values.length > 3) shown.push('…')
  return disjunction.format(shown)
}
