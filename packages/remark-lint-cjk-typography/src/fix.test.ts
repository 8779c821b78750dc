import {describe, expect, it} from 'vitest'
import {fixTypography} from './fix.ts'
import remarkLintCjkTypography from './rule.ts'

const settings = remarkLintCjkTypography.settings({glossary: [{term: '守护进程', names: ['GitHub', 'containerd'], exceptions: ['API服务器', 'docker']}]})

describe('fixTypography', () => {
  it('repairs spacing, punctuation width, spaces, repeats and casing', () => {
    const input = '# 使用Docker构建\n\n容器启动后,守护进程记录状态:成功!! 代码在 github 上 ，由 Containerd 运行。\n'
    expect(fixTypography(input, settings)).toBe('# 使用 Docker 构建\n\n容器启动后，守护进程记录状态：成功！代码在 GitHub 上，由 containerd 运行。\n')
  })

  it('changes only the characters of the findings: BOM, CRLF, code, URLs, HTML and tables kept byte for byte', () => {
    const input = [
      '\uFEFF# 标题',
      '',
      '见`docker run`中文和 https://example.com/路径a中文',
      '',
      '参见[文档a](https://example.com/容器a) 。',
      '',
      '```mermaid',
      'graph LR',
      '  A[使用Docker] --> B[github，，]',
      '```',
      '',
      '| 名称 | 说明 |',
      '| --- | --- |',
      '| runc | 低层runtime |',
      '',
      '<div>中文abc ，</div>',
      '',
      '**术语，**的 API服务器 与 docker。',
      '',
    ].join('\r\n')
    const expected = input
      .replace('[文档a](https://example.com/容器a) 。', '[文档 a](https://example.com/容器a)。')
      .replace('低层runtime', '低层 runtime')
    expect(fixTypography(input, settings)).toBe(expected)
  })

  it('is idempotent', () => {
    const input = '镜像(image)由层组成.\n第3章讲containerd！！\n\nThe daemon starts，then it stops。\n'
    const once = fixTypography(input, settings)
    expect(once).toBe('镜像（image）由层组成。\n第 3 章讲 containerd！\n\nThe daemon starts, then it stops.\n')
    expect(fixTypography(once, settings)).toBe(once)
  })

  it('never touches front matter', () => {
    const input = '---\ntitle: 前置Matter，，不是正文\n---\n\n正文Docker。\n'
    expect(fixTypography(input, settings)).toBe('---\ntitle: 前置Matter，，不是正文\n---\n\n正文 Docker。\n')
  })

  it('leaves unrendered ** alone (no deterministic repair)', () => {
    const input = '**术语，**的定义。\n'
    expect(fixTypography(input, settings)).toBe(input)
  })
})
