/**
 * Findings on their way from a worker to the main thread. Its own module, with
 * no dependency but `node:v8`: the main thread imports it, and with workers
 * it loads no rule (nor the `vfile` that `stored-message.ts` needs).
 */
import v8 from 'node:v8'
import type {StoredMessage} from './stored-message.ts'

/**
 * A file's findings as bytes, to cross from a worker to the main thread (see
 * `decodeFindings`): V8's structured-clone format, what a message between
 * threads carries anyway, but decoded only when the file is reported. The
 * main thread gathers every worker's findings; decoded on arrival, a whole
 * slice's findings lived through its young-generation collections while its
 * files were reported one by one, and V8 grows a young generation with what
 * survives. Bytes live outside the heap.
 */
export function encodeFindings(messages: readonly StoredMessage[]): Uint8Array {
  return v8.serialize(messages)
}

/** The findings `encodeFindings` encoded. */
export function decodeFindings(bytes: Uint8Array): StoredMessage[] {
  return v8.deserialize(bytes) as StoredMessage[]
}
