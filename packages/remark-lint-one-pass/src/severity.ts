/**
 * A rule's setting as remark-lint reads it: `option`, or `[severity, option]`.
 * `coerce` is unified-lint-rule 3.0.1's `coerce`, so a setting means here what
 * it means to the stock rule (an array whose first item is no severity is the
 * option itself, as `['markdown']` for `fenced-code-flag`).
 */

/** Severity label: `'off'` is 0, `'on'` and `'warn'` are 1, `'error'` is 2. */
export type Label = 'error' | 'off' | 'on' | 'warn'

/** Severity number: 0 off, 1 warning, 2 error (fatal). */
export type Severity = 0 | 1 | 2

/** What one rule may be given: its option, or a severity and its option (a bare `2` is an option, as for the stock rule). */
export type Setting<Option> = Option | readonly [level: Label | Severity | boolean, option?: Option]

/** The severity and option in `setting` for rule `name`; throws on a numeric severity that is not 0, 1 or 2. */
export function coerce(name: string, setting: unknown): [severity: Severity, option: unknown] {
  if (Array.isArray(setting)) {
    const [severity, option] = setting as unknown[]
    switch (severity) {
      case false:
      case 0:
      case 'off': {
        return [0, option]
      }
      case true:
      case 1:
      case 'on':
      case 'warn': {
        return [1, option]
      }
      case 2:
      case 'error': {
        return [2, option]
      }
      default: {
        if (typeof severity === 'number') {
          throw new Error('Incorrect severity `' + severity + '` for `' + name + '`, ' + 'expected 0, 1, or 2')
        }
        // Not a severity: the array is the option itself.
        return [1, setting]
      }
    }
  }
  return [1, setting]
}
