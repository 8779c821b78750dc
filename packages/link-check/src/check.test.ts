/**
 * The fixture doc set (`test/fixtures/doc-set`) holds one of each case the
 * link check must get right; the test asserts exactly which are reported.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkLinks} from './check.ts'
import {formatText} from './report.ts'

const fixtures = path.resolve(import.meta.dirname, '../test/fixtures')
const docSet = path.join(fixtures, 'doc-set')

/** Findings as sorted `file:line:col target (reason)` lines, paths relative to the doc set. */
function lines(result: Awaited<ReturnType<typeof checkLinks>>): string[] {
  return result.broken.map((finding) => `${path.relative(docSet, finding.file)}:${finding.line}:${finding.column} ${finding.target} (${finding.reason})`).sort()
}

describe('checkLinks offline on the fixture doc set', async () => {
  const result = await checkLinks({folder: docSet, root: docSet})

  it('reports exactly the broken links, at every place that holds them', () => {
    expect(lines(result)).toEqual([
      'README.md:17:9 #不存在的锚点 (missing anchor)', // missing anchor, same file
      'README.md:19:10 指南.md#没有这一节 (missing anchor)', // missing anchor, other file
      'README.md:23:31 %E7%BC%BA%E5%A4%B1.md (404 no such file)', // the same missing file, URL-encoded
      'README.md:23:7 缺失.md (404 no such file)', // broken file link, raw CJK name
      'README.md:29:4 images/缺失.png (404 no such file)', // broken image
      'README.md:35:12 sub/说明.md#没有 (missing anchor)', // href in raw HTML
      'README.md:37:1 指南.md#也没有这一节 (missing anchor)', // reported at the definition
      'sub/说明.md:3:36 ../README.md#概述-2 (missing anchor)', // only one duplicate `概述`, so no `-2`
    ])
  })

  it('accepts full-width punctuation anchors, `-1` duplicates, folders, encoded and raw CJK names, HTML images', () => {
    const targets = result.broken.map((finding) => finding.target)
    for (const valid of ['#安装linux步骤', '#概述-1', 'sub/', 'sub', '%E6%8C%87%E5%8D%97.md', '指南.md', '指南.md#快速开始', 'images/logo.svg', '../README.md#概述-1', 'README.md#链接检查夹具', 'sub/说明.md#说明']) {
      expect(targets).not.toContain(valid)
    }
  })

  it('classifies each finding and suggests a close anchor', () => {
    const byTarget = new Map(result.broken.map((finding) => [finding.target, finding]))
    expect(byTarget.get('images/缺失.png')?.kind).toBe('image')
    expect(byTarget.get('缺失.md')).toMatchObject({kind: 'file', status: 404})
    expect(byTarget.get('#不存在的锚点')?.kind).toBe('anchor')
    expect(byTarget.get('../README.md#概述-2')?.suggestion).toBe('概述-1')
  })

  it('skips and counts external URLs offline', () => {
    expect(result.mode).toBe('offline')
    expect(result.links).toEqual({total: 23, local: 20, external: 3, skipped: 3})
    expect(result.broken.some((finding) => finding.kind === 'external')).toBe(false)
  })

  it('prints findings grouped by file with a summary line', () => {
    const text = formatText(result, docSet)
    expect(text).toContain('README.md:23:7  broken link `缺失.md` (404 no such file)\n')
    expect(text).toContain('(missing anchor; did you mean `#概述-1`?)\n\n8 broken links in 2 files: 3 files, 23 links')
    expect(text.trimEnd().split('\n').at(-1)).toBe('8 broken links in 2 files: 3 files, 23 links (20 local, 3 external); 3 external skipped (offline; --external checks them)')
  })
})

describe('checkLinks on a clean doc set', () => {
  it('reports nothing', async () => {
    const result = await checkLinks({folder: path.join(fixtures, 'clean')})
    expect(result.broken).toEqual([])
    expect(result.links).toEqual({total: 4, local: 3, external: 1, skipped: 1})
  })
})

describe('checkLinks on a file that is not UTF-8', () => {
  it('reports it as unreadable and checks the others', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-latin1-'))
    fs.writeFileSync(path.join(folder, 'good.md'), '# Good\n\n[gone](gone.md)\n')
    fs.writeFileSync(path.join(folder, 'latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]))
    const result = await checkLinks({folder, root: folder})
    expect(result.unreadable).toEqual([{file: path.join(folder, 'latin1.md'), reason: 'is not valid UTF-8'}])
    expect(lines({...result, broken: result.broken.map((finding) => ({...finding, file: path.join(docSet, path.relative(folder, finding.file))}))})).toEqual(['good.md:3:1 gone.md (404 no such file)'])
  })
})
