/**
 * The rule `text-encoding`: no options, one check. The docs are in `index.ts`.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {documentText} from '@moby-anatomy/markdown-helpers'
import {defineRule} from '@moby-anatomy/rule-kit'

/** `text-encoding` has no options. */
export type Options = Record<never, never>

export const ruleId = 'text-encoding'
const replacementCharacter = '\uFFFD'

const remarkLintTextEncoding = defineRule<Options>({id: ruleId, options: {}, defaults: {}, check: checkTextEncoding})

export default remarkLintTextEncoding

/** Report a binary file (alone) or the first byte that is not UTF-8. */
function checkTextEncoding(_tree: Root, file: VFile): void {
  const text = documentText(file)
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    const place = location(text)
    // Findings of other rules on a binary file are noise: keep only this one.
    file.messages.splice(0, file.messages.length, ...file.messages.filter((message) => message.fatal === true))
    // Stamped here: unified-lint-rule stamps by message index, which the splice above moved.
    const message = file.message('Unexpected NUL byte, expected a text file: this looks like a binary file, not Markdown', {
      place: place.toPoint(nul),
      ruleId,
      source: 'remark-lint',
    })
    message.url = remarkLintTextEncoding.url
    return
  }
  if (!text.includes(replacementCharacter) || !file.path) return
  let bytes: Uint8Array
  try {
    bytes = fs.readFileSync(path.resolve(file.cwd, file.path))
  } catch {
    return
  }
  const invalid = firstInvalidByte(bytes)
  if (invalid === undefined) return
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const offset = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes.subarray(bom, invalid)).length
  const place = location(text)
  file.message(
    `Unexpected byte \`0x${(bytes[invalid] ?? 0).toString(16).padStart(2, '0')}\` that is not UTF-8 (byte ${invalid}), expected UTF-8 text: re-save the file as UTF-8`,
    {place: place.toPoint(offset)},
  )
}

/** Index of the first byte that breaks UTF-8 (RFC 3629), or `undefined` when all is valid. */
export function firstInvalidByte(bytes: Uint8Array): number | undefined {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0
    const [length, min, max] =
      lead < 0x80 ? [1, 0, 0] : lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf] : lead === 0xe0 ? [3, 0xa0, 0xbf] : lead === 0xed ? [3, 0x80, 0x9f] : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf] : lead === 0xf0 ? [4, 0x90, 0xbf] : lead === 0xf4 ? [4, 0x80, 0x8f] : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0]
    if (length === 0) return index
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      const [low, high] = next === 1 ? [min, max] : [0x80, 0xbf]
      if (byte === undefined || byte < low || byte > high) return index
    }
    index += length
  }
  return undefined
}
