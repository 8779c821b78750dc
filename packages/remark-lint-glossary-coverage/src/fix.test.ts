import {describe, expect, it} from 'vitest'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import {fixGlossaryTables} from './fix.ts'
import remarkLintGlossaryCoverage from './index.ts'

const glossary = [
  {term: '容器', english: 'Container', description: '隔离运行的进程', related: ['镜像']},
  {term: '镜像', english: 'Image', description: '只读|模板', related: ['容器', '镜像层']},
]

const settings = remarkLintGlossaryCoverage.settings({glossary})
const docs = new DocCache()

describe('fixGlossaryTables', () => {
  it('regenerates rows from the data, keeps every other byte, and is idempotent', () => {
    const text = '\uFEFF# 术语\r\n\r\n| 术语 | 英文 | 说明 | 相关概念 |\r\n| :-- | --- | --- | --- |\r\n| 旧 | x | y | z |\r\n\r\n后记\r\n'
    const fixed = fixGlossaryTables(text, settings, docs)
    expect(fixed).toBe(
      '\uFEFF# 术语\r\n\r\n| 术语 | 英文 | 说明 | 相关概念 |\r\n| :-- | --- | --- | --- |\r\n| **容器** | Container | 隔离运行的进程 | 镜像 |\r\n| **镜像** | Image | 只读\\|模板 | 容器、镜像层 |\r\n\r\n后记\r\n',
    )
    expect(fixGlossaryTables(fixed, settings, docs)).toBe(fixed)
  })

  it('leaves a document without a glossary table alone', () => {
    const text = '# 标题\n\n| a | b |\n| - | - |\n'
    expect(fixGlossaryTables(text, settings, docs)).toBe(text)
  })
})
