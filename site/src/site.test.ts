/**
 * The built site in headless Chromium: every chapter page shows its H1 and
 * draws as many diagrams as its chapter has mermaid blocks (and loads
 * mermaid only then); a glossary term's card shows on hover and on keyboard
 * focus; a cited path links to the file at the tag; search finds the
 * expected chapter among the first three results for each listed query.
 * Screenshots of the home page, chapter 03 (light and dark) and a search
 * result go to `.screenshots/`.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {visit} from 'unist-util-visit'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {chapterHeading, chapterMarkdown, chapterPage, chapters, glossary, readRefsLock, type GlossaryEntry} from './content.ts'
import {searchQueries} from './search-queries.ts'
import {assertBuilt, launchChromium, screenshotDir, serveSite} from './test-harness.ts'

let origin: string
let browser: Browser
/** How long to wait for the page: the machine is shared, and mermaid keeps the main thread busy. */
const patient = {timeout: 30_000}
const closers: (() => Promise<void>)[] = []

beforeAll(async () => {
  assertBuilt()
  const server = await serveSite()
  origin = server.origin
  closers.push(server.close)
  const chromium = await launchChromium()
  browser = chromium.browser
  closers.push(chromium.close)
  fs.rmSync(screenshotDir, {recursive: true, force: true})
  fs.mkdirSync(screenshotDir, {recursive: true})
})

afterAll(async () => {
  for (const close of closers.reverse()) await close()
})

/** A new page of a fresh context, with the mermaid chunks it requested. */
async function open(pathname: string, options: {colorScheme?: 'light' | 'dark'} = {}): Promise<{page: Page; mermaidRequests: string[]}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, colorScheme: options.colorScheme ?? 'light'})
  const page = await context.newPage()
  const mermaidRequests: string[] = []
  page.on('request', (request) => {
    if (/mermaid/i.test(request.url())) mermaidRequests.push(request.url())
  })
  await page.goto(origin + encodeURI(pathname), {waitUntil: 'networkidle'})
  return {page, mermaidRequests}
}

/** The text of a page's H1, without VitePress's `#` anchor link. */
function h1Text(page: Page): Promise<string> {
  return page.locator('main h1').first().evaluate((node) => {
    const copy = node.cloneNode(true) as HTMLElement
    for (const anchor of copy.querySelectorAll('.header-anchor')) anchor.remove()
    return (copy.textContent ?? '').trim()
  })
}

/** The mermaid blocks of a chapter, counted in its Markdown. */
function mermaidBlocks(markdown: string): number {
  let count = 0
  visit(fromMarkdown(markdown), 'code', (node) => {
    if (node.lang === 'mermaid') count++
  })
  return count
}

describe('chapter pages', () => {
  it('are one per chapter of the index', () => {
    expect(chapters.length).toBeGreaterThan(0)
    for (const chapter of chapters) expect(fs.existsSync(path.join(import.meta.dirname, '../.vitepress/dist', `${chapterPage(chapter)}.html`)), chapter.file).toBe(true)
  })

  it.each(chapters.map((chapter) => [chapter.file, chapter] as const))('%s shows its H1 and draws every diagram', async (_file, chapter) => {
    const {page, mermaidRequests} = await open(`/${chapterPage(chapter)}.html`)
    try {
      await expect.poll(() => h1Text(page), patient).toBe(chapterHeading(chapter))
      const blocks = mermaidBlocks(chapterMarkdown(chapter))
      await expect.poll(() => page.locator('.mermaid-diagram svg[id^="mermaid-"]').count(), patient).toBe(blocks)
      expect(await page.locator('.mermaid-diagram-failure').count()).toBe(0)
      // mermaid is fetched only by pages that draw a diagram.
      if (blocks === 0) expect(mermaidRequests).toEqual([])
      else expect(mermaidRequests.length).toBeGreaterThan(0)
    } finally {
      await page.context().close()
    }
  })

  it('never loads mermaid on a page without diagrams', async () => {
    const {page, mermaidRequests} = await open('/moby.html')
    try {
      await expect.poll(() => h1Text(page), patient).toBe('本站描述的 Moby 版本')
      expect(mermaidRequests).toEqual([])
    } finally {
      await page.context().close()
    }
  })

  it('say which Moby tag they describe', async () => {
    const lock = readRefsLock()
    const {page} = await open(`/${chapterPage(chapters[0]!)}.html`)
    try {
      await expect.poll(() => page.locator('.moby-tag').innerText(), patient).toContain(lock.ref)
    } finally {
      await page.context().close()
    }
  })
})

describe('chapter 03', () => {
  const chapter = chapters.find((candidate) => candidate.number === 3)!
  let page: Page

  beforeAll(async () => {
    page = (await open(`/${chapterPage(chapter)}.html`)).page
  })
  afterAll(() => page.context().close())

  it('shows a glossary card on hover and on keyboard focus', async () => {
    const term = page.locator('.glossary-term').first()
    const spelling = (await term.evaluate((node) => node.firstChild?.textContent ?? '')).trim()
    const entries: readonly GlossaryEntry[] = glossary
    const entry = entries.find((candidate) => candidate.term === spelling || (candidate.aliases ?? []).includes(spelling))
    expect(entry, `glossary entry for ${spelling}`).toBeDefined()
    const card = term.locator('.glossary-card')
    await expect.poll(() => card.isVisible(), patient).toBe(false)
    await term.hover()
    await expect.poll(() => card.isVisible(), patient).toBe(true)
    expect(await card.innerText()).toContain(entry!.description)
    expect(await card.innerText()).toContain(entry!.english)
    await page.mouse.move(0, 0)
    await expect.poll(() => card.isVisible(), patient).toBe(false)
    // Keyboard: the term is in the tab order, and focus shows the same card.
    expect(await term.getAttribute('tabindex')).toBe('0')
    await term.focus()
    await expect.poll(() => card.isVisible(), patient).toBe(true)
    await page.screenshot({path: path.join(screenshotDir, 'chapter-03-glossary-card.png')})
  })

  it('shows each term\'s card on its first use only', async () => {
    const terms = await page.locator('.glossary-term').evaluateAll((nodes) => nodes.map((node) => node.querySelector('.glossary-card-title')?.firstChild?.textContent?.trim()))
    expect(terms.length).toBeGreaterThan(3)
    expect(new Set(terms).size).toBe(terms.length)
  })

  it('links a cited path to the file at the tag', async () => {
    const lock = readRefsLock()
    const link = page.locator('a.moby-citation', {has: page.locator('code', {hasText: /^daemon\/create\.go$/})}).first()
    expect(await link.getAttribute('href')).toBe(`https://github.com/moby/moby/blob/${lock.ref}/daemon/create.go`)
    const symbol = page.locator('a.moby-citation', {has: page.locator('code', {hasText: /^Daemon\.ContainerCreate$/})}).first()
    expect(await symbol.getAttribute('href')).toMatch(new RegExp(`^https://github\\.com/moby/moby/blob/${lock.ref}/daemon/create\\.go#L\\d+$`))
  })

  it('has an "edit this page" link to the chapter in the repository', async () => {
    const href = await page.locator('.edit-link a').getAttribute('href')
    expect(decodeURI(href ?? '')).toMatch(new RegExp(`/edit/main/content/handbook/${chapter.file}$`))
  })

  it('is screenshotted in light and dark mode', async () => {
    await page.mouse.move(0, 0)
    await page.evaluate(() => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.scrollTo(0, 0)
    })
    await page.screenshot({path: path.join(screenshotDir, 'chapter-03.png')})
    const dark = (await open(`/${chapterPage(chapter)}.html#${encodeURIComponent(chapter.headings.find((heading) => heading.depth === 2)?.slug ?? '')}`, {colorScheme: 'dark'})).page
    try {
      await dark.locator('.mermaid-diagram svg').first().scrollIntoViewIfNeeded()
      // Dark mode draws diagrams with mermaid's dark theme: the diagram text is light.
      const fill = await dark.locator('.mermaid-diagram svg .nodeLabel, .mermaid-diagram svg text').first().evaluate((node) => getComputedStyle(node).color || getComputedStyle(node).fill)
      const [red, green, blue] = (fill.match(/\d+/g) ?? []).map(Number)
      expect((red! + green! + blue!) / 3, `diagram text colour ${fill} in dark mode`).toBeGreaterThan(128)
      await dark.screenshot({path: path.join(screenshotDir, 'chapter-03-dark-diagram.png')})
    } finally {
      await dark.context().close()
    }
  })
})

describe('home page', () => {
  it('lists the learning path from the chapter index', async () => {
    const {page} = await open('/')
    try {
      const titles = await page.locator('.VPFeature .title').allInnerTexts()
      expect(titles).toEqual(chapters.map((chapter) => `${String(chapter.number).padStart(2, '0')} ${chapter.title}`))
      await page.screenshot({path: path.join(screenshotDir, 'home.png'), fullPage: true})
    } finally {
      await page.context().close()
    }
  })
})

describe('search', () => {
  let page: Page

  beforeAll(async () => {
    page = (await open('/')).page
  })
  afterAll(() => page.context().close())

  /** The chapter files of the first three results of a query. */
  async function firstThree(query: string): Promise<string[]> {
    if (!(await page.locator('#localsearch-input').isVisible())) await page.locator('#local-search button').click()
    const input = page.locator('#localsearch-input')
    await input.fill('')
    await input.fill(query)
    await expect.poll(() => page.locator('.VPLocalSearchBox .result').count(), patient).toBeGreaterThan(0)
    // Results update as the query is typed; wait until they settle.
    let last = ''
    await expect.poll(async () => {
      const now = (await page.locator('.VPLocalSearchBox .result').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))).join('\n')
      const settled = now === last
      last = now
      return settled
    }, {...patient, interval: 300}).toBe(true)
    return last.split('\n').slice(0, 3).map((href) => decodeURIComponent(href.split('#')[0]!.split('/').pop()!).replace(/\.html$/, '.md'))
  }

  it('has at least 12 listed queries of each kind the issue names', () => {
    expect(searchQueries.length).toBeGreaterThanOrEqual(12)
    expect(new Set(searchQueries.map((query) => query.why))).toEqual(new Set(['chinese-mid-paragraph', 'symbol', 'english-glossary-name', 'chinese-glossary-term-for-english']))
  })

  it.each(searchQueries.map((query) => [query.query, query.chapter] as const))('finds %s in %s among the first three results', async (query, chapter) => {
    expect(chapters.map((candidate) => candidate.file)).toContain(chapter)
    expect(await firstThree(query)).toContain(chapter)
  })

  it('is screenshotted with a result list', async () => {
    await firstThree('重启管理器')
    await page.screenshot({path: path.join(screenshotDir, 'search-result.png')})
  })
})
