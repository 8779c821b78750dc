/** Citations: what the refs lock knows links to the tag; the rest stays plain code. */
import MarkdownIt from 'markdown-it'
import type {MarkdownRenderer} from 'vitepress'
import {describe, expect, it} from 'vitest'
import type {RefsLock} from '../content.ts'
import {citationOf, citations} from './citations.ts'

const lock: RefsLock = {
  ref: 'docker-v29.7.2',
  commit: '6a43e3d5afddf4111da0f864bbc7cae5d7e95001',
  repository: 'github.com/moby/moby',
  references: {
    'path:daemon/create.go': {kind: 'path', exists: true, type: 'blob', lines: 400},
    'path:daemon/cluster': {kind: 'path', exists: true, type: 'tree'},
    'symbol:Builder.Build': {
      kind: 'symbol',
      exists: true,
      declarations: [
        {file: 'vendor/google.golang.org/grpc/balancer/balancer.go', line: 224, kind: 'interface-method'},
        {file: 'daemon/builder/backend/backend.go', line: 29, kind: 'interface-method'},
        {file: 'daemon/internal/builder-next/builder.go', line: 265, kind: 'method'},
      ],
    },
  },
}

const base = 'https://github.com/moby/moby'

describe('citationOf', () => {
  it('links a file, its line range, and a folder at the tag', () => {
    expect(citationOf(lock, 'daemon/create.go')?.href).toBe(`${base}/blob/docker-v29.7.2/daemon/create.go`)
    expect(citationOf(lock, 'daemon/create.go:40-60')?.href).toBe(`${base}/blob/docker-v29.7.2/daemon/create.go#L40-L60`)
    expect(citationOf(lock, 'daemon/cluster/')?.href).toBe(`${base}/tree/docker-v29.7.2/daemon/cluster`)
  })

  it("links a symbol to Moby's own implementation before an interface or vendored code", () => {
    expect(citationOf(lock, 'Builder.Build()')?.href).toBe(`${base}/blob/docker-v29.7.2/daemon/internal/builder-next/builder.go#L265`)
  })

  it('leaves what the lock does not know, and what is not a reference, alone', () => {
    expect(citationOf(lock, 'daemon/start.go')).toBeUndefined()
    expect(citationOf(lock, 'docker run')).toBeUndefined()
  })
})

describe('the citations plugin', () => {
  const md = new MarkdownIt()
  citations(md as unknown as MarkdownRenderer, lock)

  it('wraps known inline code in a link, and not code that is already a link', () => {
    expect(md.renderInline('见 `daemon/create.go`。', {})).toBe(
      `见 <a href="${base}/blob/docker-v29.7.2/daemon/create.go" class="moby-citation" title="Moby docker-v29.7.2: daemon/create.go"><code>daemon/create.go</code></a>。`,
    )
    expect(md.render('[`daemon/create.go`](x.md)')).not.toContain('moby-citation')
  })
})
