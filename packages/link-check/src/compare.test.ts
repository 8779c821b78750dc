/**
 * Issue 20 item 5: the offline check resolves links from the parsed Markdown
 * instead of crawling it through linkinator's local server. This test keeps
 * linkinator as the judge: on a fixture with broken files, images, folders and
 * CJK anchors (full-width punctuation, duplicates, code in headings, encoded
 * names, raw HTML), both must find the same set of broken (file, target) pairs.
 */
import path from 'node:path'
import {LinkChecker} from 'linkinator'
import {describe, expect, it} from 'vitest'
import {checkLinks, markdownFiles} from './check.ts'
import {resolveTarget} from './sources.ts'

const fixture = path.resolve(import.meta.dirname, '../test/fixtures/compare')

/** A broken link as `file -> path#fragment`, relative to the fixture, decoded. */
function key(parent: string, target: string): string {
  return `${parent} -> ${target}`
}

/** What linkinator's crawl (the way check-links ran until it resolved links itself) reports broken. */
async function linkinatorBroken(): Promise<string[]> {
  const checker = new LinkChecker()
  let origin: string | undefined
  checker.on('pagestart', (url: string | URL) => {
    origin ??= new URL(url).origin
  })
  const isLocal = (href: string) => origin === undefined || new URL(href).origin === origin
  const result = await checker.check({
    path: markdownFiles(fixture).map((file) => path.relative(fixture, file)),
    serverRoot: fixture,
    markdown: true,
    checkFragments: true,
    directoryListing: true,
    retry: false,
    linksToSkip: async (href) => !isLocal(href),
    fragmentsToSkip: async (_fragment, href) => !isLocal(href),
  })
  const broken = new Set<string>()
  for (const link of result.links) {
    if (link.state !== 'BROKEN' || link.parent === undefined) continue
    const url = new URL(link.url, 'http://fixture.invalid/')
    const target = decodeURIComponent(url.pathname.slice(1)) + (url.hash === '' ? '' : `#${decodeURIComponent(url.hash.slice(1))}`)
    broken.add(key(decodeURIComponent(link.parent), target))
  }
  return [...broken].sort()
}

/** What check-links reports broken, in the same form. */
async function checkLinksBroken(): Promise<string[]> {
  const result = await checkLinks({folder: fixture, root: fixture})
  const broken = new Set<string>()
  for (const finding of result.broken) {
    const target = resolveTarget(finding.target, finding.file, fixture)
    if (target.type !== 'local') throw new Error(`Unexpected ${target.type} finding ${finding.target}`)
    broken.add(key(path.relative(fixture, finding.file), path.relative(fixture, target.path) + (target.folder ? '/' : '') + (target.fragment === undefined ? '' : `#${target.fragment}`)))
  }
  return [...broken].sort()
}

describe('offline check against linkinator’s crawl', () => {
  it('finds the same broken links on the comparison fixture', async () => {
    const [reference, ours] = await Promise.all([linkinatorBroken(), checkLinksBroken()])
    expect(ours).toEqual(reference)
    // The fixture is worth comparing on: every kind of break is in it.
    expect(ours).toEqual([
      'README.md -> README.md#概述-2',
      'README.md -> README.md#没有这个锚点',
      'README.md -> images/缺失-2.png',
      'README.md -> images/缺失.png',
      'README.md -> sub/说明.md#说明-1',
      'README.md -> 不存在的目录/',
      'README.md -> 指南.md#不存在',
      'README.md -> 指南.md#也不存在',
      'README.md -> 指南.md#引用里的缺失锚点',
      'README.md -> 缺失-3.md',
      'README.md -> 缺失.md',
      'sub/说明.md -> sub/同级.md',
      'sub/说明.md -> 缺失-4.md',
      '指南.md -> README.md#概述-3',
      '指南.md -> images/缺失-3.svg',
    ])
  })
})
