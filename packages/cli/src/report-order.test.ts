/**
 * `lint` reports as slices finish, in listing order: the report of a folder
 * is written before the next folder is linted, so a long run shows findings
 * early and keeps no report of its own until the end.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import type {VFile} from 'vfile'
import {afterEach, describe, expect, it} from 'vitest'
import {lint} from './lint.ts'

let root = ''
afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

describe('lint reports as it goes', () => {
  it('writes each folder’s findings before linting the next folder, then the tally', async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-lint-order-'))
    for (const folder of ['c', 'a', 'b']) {
      fs.mkdirSync(path.join(root, folder))
      fs.writeFileSync(path.join(root, folder, 'x.md'), `# ${folder}\n\n* item\n`)
    }
    const log: string[] = []
    // A plugin sees each file as it is linted; the stream sees each write of the report.
    const watch = () => (_tree: unknown, file: VFile) => void log.push(`lint ${path.relative(root, file.path)}`)
    const streamError = new Writable({
      write(chunk: Buffer, _encoding, done) {
        log.push(`report ${chunk.toString().trim().split('\n')[0] ?? ''}`)
        done()
      },
    })
    const code = await lint({paths: [root], cwd: root, plugins: [watch], streamError})
    expect(code).toBe(1)
    expect(log).toEqual(['lint a/x.md', 'report a/x.md', 'lint b/x.md', 'report b/x.md', 'lint c/x.md', 'report c/x.md', 'report ⚠ 3 warnings'])
  })
})
