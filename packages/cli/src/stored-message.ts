/**
 * A finding as plain data (JSON, or a message between threads): every field
 * a report or a format reads, the `cause` of a finding included, so a
 * replayed or transferred finding reports exactly as the original.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {isOptionError} from '@moby-anatomy/rule-kit'

/** A message as stored: what a report or a format reads from it. */
export interface StoredMessage {
  readonly reason: string
  readonly place?: Point | Position | undefined
  readonly ruleId?: string | undefined
  readonly source?: string | undefined
  readonly url?: string | undefined
  readonly expected?: readonly string[] | undefined
  readonly actual?: string | undefined
  readonly note?: string | undefined
  readonly fatal?: boolean | null | undefined
  /** The message a finding points back to (`[cause]:` in the report), such as a first occurrence. */
  readonly cause?: StoredMessage | undefined
  /** A wrong rule option (exit code 2), as rule-kit marks it. */
  readonly optionError?: true | undefined
}

/** What a report or a format reads from `message`, as JSON. */
export function toStored(message: VFileMessage): StoredMessage {
  const {cause} = message
  return {
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    url: message.url,
    expected: message.expected,
    actual: message.actual,
    note: message.note,
    fatal: message.fatal,
    cause: cause instanceof VFileMessage ? toStored(cause) : undefined,
    ...(isOptionError(message) ? {optionError: true} : {}),
  }
}

/** Set the fields `vfile.message` does not take on a replayed `message`. */
function restore(message: VFileMessage, stored: StoredMessage): void {
  message.fatal = stored.fatal
  if (stored.url !== undefined) message.url = stored.url
  if (stored.expected !== undefined) message.expected = [...stored.expected]
  if (stored.actual !== undefined) message.actual = stored.actual
  if (stored.note !== undefined) message.note = stored.note
  if (stored.cause !== undefined) {
    const cause = new VFileMessage(stored.cause.reason, {place: stored.cause.place as never, ruleId: stored.cause.ruleId, source: stored.cause.source})
    restore(cause, stored.cause)
    message.cause = cause
  }
}

/** Add the stored findings to `vfile`, in order. */
export function addStored(vfile: VFile, messages: readonly StoredMessage[]): void {
  for (const stored of messages) {
    const message = vfile.message(stored.reason, {place: stored.place as never, ruleId: stored.ruleId, source: stored.source})
    restore(message, stored)
  }
}
