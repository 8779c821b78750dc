/**
 * The repairs the rule offers in `expected` (what editors show as quick fixes):
 * applied to the reported range, each one removes its finding and changes no
 * other byte, with CRLF line endings and a byte order mark too.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import remarkLintNavTable from './index.ts'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nav-table-quick-fix-'))
fs.writeFileSync(path.join(folder, '01-整体架构概述.md'), '# Moby项目源码剖析 - 整体架构概述\n')
fs.writeFileSync(path.join(folder, '02-标记.md'), '# Moby项目源码剖析 - [方括号] snake_case 与 \\ 反斜杠\n')
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

const table = [
  '# Moby项目源码剖析 - 总体说明',
  '',
  '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |',
  '| --- | --- | --- | --- |',
  '| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |',
  '| **07** | [架构](01-%E6%95%B4%E4%BD%93%E6%9E%B6%E6%9E%84%E6%A6%82%E8%BF%B0.md "标题") | 分层 | ⭐ |',
  '| **02** | [标记](02-标记.md) | 转义 | ⭐ |',
  '',
]

/** Lint `value` as `00-总体说明.md` in the folder; the messages with their raw offsets. */
async function lint(value: string) {
  fs.writeFileSync(path.join(folder, '00-总体说明.md'), value)
  const file = new VFile({value, path: path.join(folder, '00-总体说明.md')})
  await remark().use(remarkGfm).use(remarkLintNavTable).process(file)
  return file.messages
}

/** Apply the first `expected` of every message that has one, from the end of the text. */
function applyRepairs(value: string, messages: Awaited<ReturnType<typeof lint>>): string {
  const bom = value.startsWith('\uFEFF') ? 1 : 0
  const edits = messages
    .filter((message) => message.expected?.[0] !== undefined)
    .map((message) => ({start: message.place && 'start' in message.place ? message.place.start.offset! : 0, end: message.place && 'end' in message.place ? message.place.end.offset! : 0, text: message.expected![0]!}))
    .sort((a, b) => b.start - a.start)
  let result = value
  for (const edit of edits) result = result.slice(0, edit.start + bom) + edit.text + result.slice(edit.end + bom)
  return result
}

describe('nav-table quick fixes', () => {
  for (const [name, eol, bom] of [['LF', '\n', ''], ['CRLF', '\r\n', ''], ['BOM', '\n', '\uFEFF']] as const) {
    it(`repair the number and title cells, escaping the title, and leave every other byte (${name})`, async () => {
      const value = bom + table.join(eol)
      const messages = await lint(value)
      expect(messages.map((message) => [message.reason, message.expected])).toEqual([
        ['Unexpected number `07` in row 2, expected `01` (consecutive from the first row)', ['**01**']],
        ['Unexpected number `07` for `01-整体架构概述.md`, expected `01`', ['**01**']],
        ['Unexpected title `架构` for `01-整体架构概述.md`, expected `整体架构概述` (its heading)', ['[整体架构概述](01-%E6%95%B4%E4%BD%93%E6%9E%B6%E6%9E%84%E6%A6%82%E8%BF%B0.md "标题")']],
        ['Unexpected title `标记` for `02-标记.md`, expected `[方括号] snake_case 与 \\ 反斜杠` (its heading)', ['[\\[方括号\\] snake\\_case 与 \\\\ 反斜杠](02-标记.md)']],
      ])
      // Two findings share the number cell with the same repair: apply it once.
      const unique = messages.filter((message, index) => index !== 1)
      const repaired = applyRepairs(value, unique)
      expect(await lint(repaired)).toEqual([])
      expect(repaired).toBe(
        bom +
          table
            .join(eol)
            .replace('| **07** | [架构]', '| **01** | [整体架构概述]')
            .replace('[标记](02-标记.md)', '[\\[方括号\\] snake\\_case 与 \\\\ 反斜杠](02-标记.md)'),
      )
    })
  }
})
