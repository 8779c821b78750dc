/**
 * linkinator over the built site: every internal link and anchor resolves
 * (the chapters' own `03-….md#…` links included, which the site's GitHub
 * slugs keep working). External URLs are not requested here.
 */
import {LinkChecker, type LinkResult} from 'linkinator'
import {beforeAll, describe, expect, it} from 'vitest'
import {assertBuilt, distDir} from './test-harness.ts'

let links: LinkResult[]

beforeAll(async () => {
  assertBuilt()
  const checker = new LinkChecker()
  let localOrigin: string | undefined
  checker.on('pagestart', (url: string | URL) => {
    localOrigin ??= new URL(url).origin
  })
  const isLocal = (href: string) => localOrigin === undefined || new URL(href).origin === localOrigin
  const result = await checker.check({
    path: distDir,
    recurse: true,
    checkFragments: true,
    linksToSkip: async (href) => !isLocal(href),
    fragmentsToSkip: async (_fragment, href) => !isLocal(href),
  })
  links = result.links
})

describe('the built site', () => {
  it('has its chapter pages crawled', () => {
    expect(links.filter((link) => /\/\d{2}-[^/]+\.html/.test(decodeURIComponent(link.url))).length).toBeGreaterThan(10)
  })

  it('has no broken internal link or anchor', () => {
    const broken = links.filter((link) => link.state === 'BROKEN').map((link) => `${decodeURIComponent(link.parent ?? '')} → ${decodeURIComponent(link.url)} (${link.status ?? ''} ${(link.failureDetails ?? []).map((detail) => (detail as Error).message ?? String(detail)).join('; ')})`)
    expect(broken).toEqual([])
  })
})
