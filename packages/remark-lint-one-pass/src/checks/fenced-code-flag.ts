/**
 * `fenced-code-flag` as a check: reproduces remark-lint-fenced-code-flag 4.2.0
 * (an array of allowed flags, `{allowEmpty, flags}`, or a function that returns
 * a reason for a flag, such as the stock package's `checkGithubLinguistFlag`).
 */
import {quotation} from 'quotation'
import {pointEnd, pointStart} from 'unist-util-position'
import type {Check} from '../check.ts'

/** Checks a flag (`''` when there is none): a reason to report it, or nothing. */
export type CheckFlag = (value: string) => string | null | undefined | void

/** Configuration. */
export interface Options {
  /** Allow a fenced block without flag (default: `false`). */
  readonly allowEmpty?: boolean | null | undefined
  /** The flags allowed (default: any). */
  readonly flags?: readonly string[] | null | undefined
}

/** A check, configuration, or the flags to allow (default: any flag, none missing). */
export type Option = CheckFlag | Options | readonly string[] | null | undefined

const fence = /^ {0,3}([~`])\1{2,}/
const listFormat = new Intl.ListFormat('en', {type: 'disjunction'})
const listFormatUnit = new Intl.ListFormat('en', {type: 'unit'})

export const check: Check<Option> = {
  name: 'fenced-code-flag',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-fenced-code-flag#readme',
  // The stock rule skips phrasing content; code blocks are never inside it.
  types: ['code'],
  start({file, option, report}) {
    const value = String(file)
    let checkFlag: CheckFlag
    if (typeof option === 'function') {
      checkFlag = option
    } else if (typeof option === 'object' || option === undefined) {
      checkFlag = createCheck(option || {})
    } else {
      return file.fail('Unexpected value `' + option + '` for `options`, expected array or object')
    }
    return {
      enter(node, ancestors) {
        if (node.type !== 'code') return
        const language = node.lang || ''
        const end = pointEnd(node)
        const start = pointStart(node)
        if (!end || !start || typeof end.offset !== 'number' || typeof start.offset !== 'number') return
        // Without a flag, only fenced blocks are checked (indented ones cannot have one).
        if (!language && !fence.test(value.slice(start.offset, end.offset))) return
        const reason = checkFlag(language)
        if (reason) report(reason, {ancestors: [...ancestors, node], place: node.position})
      },
    }
  },
}

/** The stock rule's check for an array of flags or `{allowEmpty, flags}`. */
function createCheck(options: Options | readonly string[]): CheckFlag {
  let allowEmpty = false
  let allowed: readonly string[] | undefined
  if (Array.isArray(options)) {
    allowed = options as readonly string[]
  } else {
    const settings = options as Options
    allowEmpty = settings.allowEmpty === true
    if (settings.flags) allowed = settings.flags
  }
  const allowedDisplay = allowed
    ? allowed.length > 3
      ? listFormatUnit.format([...quotation(allowed.slice(0, 3), '`'), '…'])
      : listFormat.format(quotation([...allowed], '`'))
    : 'keyword'
  return (value) => {
    if (value) {
      if (allowed && !allowed.includes(value)) {
        return 'Unexpected fenced code language flag `' + value + '` in info string, expected ' + allowedDisplay
      }
    } else if (!allowEmpty) {
      return 'Unexpected missing fenced code language flag in info string, expected ' + allowedDisplay
    }
    return undefined
  }
}
