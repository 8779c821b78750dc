/**
 * The language server driven as an editor drives it: a real LSP client
 * (vscode-languageserver-protocol) over the server's stdio, on a doc set in a
 * temporary folder whose `.remarkrc.js` uses the preset. Open a chapter with a
 * stale navigation table, get the diagnostics with our rule ids and exact
 * ranges, ask for code actions, apply the nav-table quick fix, and see the
 * diagnostic go away.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const here = path.dirname(fileURLToPath(import.meta.url))
const bin = path.join(here, 'bin.ts')
const preset = path.join(here, '..', '..', 'remark-preset', 'src', 'index.ts')

const navigation = `# Moby项目源码剖析 - 总体说明

| 文档编号 | 文档标题 | 主要内容 | 技术难度 |
| --- | --- | --- | --- |
| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |
| **01** | [架构](01-整体架构概述.md) | 分层 | ⭐⭐ |
`

let root: string
let server: ChildProcessWithoutNullStreams
let connection: ProtocolConnection
const published: PublishDiagnosticsParams[] = []
const waiters: Array<() => void> = []

beforeAll(async () => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'doc-lint-lsp-')))
  fs.writeFileSync(path.join(root, 'package.json'), '{"name": "lsp-fixture", "private": true, "type": "module"}\n')
  // Only the navigation-table rule, so the expected diagnostics are exactly known.
  fs.writeFileSync(
    path.join(root, '.remarkrc.js'),
    `import {createPreset} from ${JSON.stringify(pathToFileURL(preset).href)}\n` +
      'export default {plugins: [createPreset({stockRules: false, glossaryCoverage: false, versionHistory: false, sourceRefs: false})]}\n',
  )
  fs.writeFileSync(path.join(root, '00-总体说明.md'), navigation)
  fs.writeFileSync(path.join(root, '01-整体架构概述.md'), '# Moby项目源码剖析 - 整体架构概述\n\n正文。\n')

  server = spawn(process.execPath, ['--conditions=@moby-anatomy/source', bin, '--stdio'], {cwd: root})
  connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const wake of waiters.splice(0)) wake()
  })
  connection.listen()
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    workspaceFolders: [{uri: pathToFileURL(root).href, name: 'fixture'}],
  })
  await connection.sendNotification(InitializedNotification.type, {})
}, 30_000)

afterAll(() => {
  connection?.dispose()
  server?.kill()
  if (root) fs.rmSync(root, {recursive: true, force: true})
})

/** The next diagnostics published for `uri` after `count` earlier ones. */
async function diagnosticsAfter(uri: string, count: number): Promise<Diagnostic[]> {
  for (;;) {
    const forUri = published.filter((entry) => entry.uri === uri)
    if (forUri.length > count) return forUri.at(-1)!.diagnostics
    await new Promise<void>((resolve) => waiters.push(resolve))
  }
}

/** Apply LSP text edits to a text (edits on distinct ranges, applied from the end). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n')
  const offset = (line: number, character: number) => lines.slice(0, line).reduce((sum, value) => sum + value.length + 1, 0) + character
  const sorted = [...edits].sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character))
  let result = text
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.start.line, edit.range.start.character)) + edit.newText + result.slice(offset(edit.range.end.line, edit.range.end.character))
  }
  return result
}

describe('doc-lint-lsp', () => {
  it('publishes nav-table diagnostics, offers the quick fix, and clears the finding once it is applied', async () => {
    const uri = pathToFileURL(path.join(root, '00-总体说明.md')).href
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text: navigation}})
    const diagnostics = await diagnosticsAfter(uri, 0)

    expect(diagnostics.map((diagnostic) => ({code: diagnostic.code, source: diagnostic.source, message: String(diagnostic.message).split('\n')[0], range: diagnostic.range}))).toEqual([
      {
        code: 'nav-table',
        source: 'remark-lint',
        message: 'Unexpected title `架构` for `01-整体架构概述.md`, expected `整体架构概述` (its heading)',
        // Line 6, columns 12–30 in remark's 1-based points: the link in the title cell (UTF-16 units).
        range: {start: {line: 5, character: 11}, end: {line: 5, character: 29}},
      },
    ])
    const [title] = diagnostics
    expect(title?.codeDescription?.href).toMatch(/nav-table/)

    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: title!.range,
      context: {diagnostics: [title!]},
    })) as CodeAction[]
    expect(actions.length).toBeGreaterThan(0)
    const edits = actions[0]!.edit!.changes![uri]!
    const fixed = applyEdits(navigation, edits)
    expect(fixed).toBe(navigation.replace('[架构](01-整体架构概述.md)', '[整体架构概述](01-整体架构概述.md)'))

    await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 2}, contentChanges: [{text: fixed}]})
    expect(await diagnosticsAfter(uri, 1)).toEqual([])
  }, 60_000)
})
