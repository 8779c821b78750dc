/**
 * linkinator over a built site folder: it serves the folder, crawls every
 * page from the root, and checks each internal link and `#anchor`. External
 * URLs are not requested (the network is not the site's to test).
 */
import {LinkChecker, type LinkResult} from 'linkinator'

/** Every link linkinator saw, and the broken ones as `page → target (status, reason)`. */
export async function checkLinks(folder: string): Promise<{links: LinkResult[]; broken: string[]}> {
  const checker = new LinkChecker()
  let localOrigin: string | undefined
  checker.on('pagestart', (url: string | URL) => {
    localOrigin ??= new URL(url).origin
  })
  const isLocal = (href: string) => localOrigin === undefined || new URL(href).origin === localOrigin
  const result = await checker.check({
    path: folder,
    recurse: true,
    checkFragments: true,
    linksToSkip: async (href) => !isLocal(href),
    fragmentsToSkip: async (_fragment, href) => !isLocal(href),
  })
  const within = (url: string) => decodeURIComponent(url).replace(folder, '')
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => {
      const reasons = (link.failureDetails ?? []).flatMap((detail) => (detail instanceof Error ? [detail.message] : []))
      return `${within(link.parent ?? '')} → ${within(link.url)} (${[link.status, ...reasons].filter(Boolean).join(', ')})`
    })
  return {links: result.links, broken}
}
