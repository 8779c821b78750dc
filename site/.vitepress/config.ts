/**
 * VitePress configuration of the reader's site. Everything it shows comes from
 * the content packages' public exports (src/content.ts); `pages/` is written
 * from them by `scripts/prepare-pages.ts` before each dev or build run.
 */
import {slug} from 'github-slugger'
import {defineConfigWithTheme, type DefaultTheme} from 'vitepress'
import {chapterPage, chapters, glossary, readHandbookManifest, readRefsLock} from '../src/content.ts'
import {citations} from '../src/markdown/citations.ts'
import {glossaryCardClass, glossaryCards} from '../src/markdown/glossary-cards.ts'
import {mermaidFences} from '../src/markdown/mermaid.ts'
import {noInterpolation} from '../src/markdown/no-interpolation.ts'
import {historyPage, mobyPage, pad} from '../src/pages.ts'
import {createSearchFunctions} from '../src/search.ts'

const lock = readRefsLock()
const manifest = readHandbookManifest()
const search = createSearchFunctions(glossary)

/** `SITE_BASE`: the path the site is served under (`/moby-anatomy/` on GitHub Pages). */
function siteBase(): string {
  const base = process.env['SITE_BASE'] || '/'
  if (!base.startsWith('/') || !base.endsWith('/')) {
    throw new Error(`Unexpected value \`${base}\` for \`SITE_BASE\`, expected a path that starts and ends with \`/\`, such as \`/moby-anatomy/\``)
  }
  return base
}

/** Drop the glossary cards' text from what search indexes: a card is not the page's content. */
const cardMarkup = new RegExp(`<span class="${glossaryCardClass}" role="tooltip"[^>]*>.*?<span class="${glossaryCardClass}-description">.*?</span></span>`, 'gs')

const sidebar = [
  {
    text: '章节',
    items: chapters.map((chapter) => ({text: `${pad(chapter.number)} ${chapter.title}`, link: `/${chapterPage(chapter)}`})),
  },
  {
    text: '关于本站',
    items: [
      {text: `Moby ${lock.ref}`, link: `/${mobyPage}`},
      {text: '版本历史与更新日志', link: `/${historyPage}`},
    ],
  },
]

/** The default theme's settings, plus the tag the theme's MobyTag names on every page. */
export interface ThemeConfig extends DefaultTheme.Config {
  readonly moby: {readonly ref: string; readonly commit: string; readonly repository: string; readonly page: string}
}

export default defineConfigWithTheme<ThemeConfig>({
  lang: 'zh-CN',
  title: 'Moby项目源码剖析',
  description: `Moby（Docker 引擎）源码的中文剖析，基于引擎标签 ${lock.ref}`,
  base: siteBase(),
  srcDir: 'pages',
  cleanUrls: false,
  markdown: {
    // GitHub's anchors, so the chapters' own `03-….md#…` links resolve on the site as on GitHub.
    anchor: {slugify: (text: string) => slug(text)},
    config(md) {
      noInterpolation(md)
      mermaidFences(md)
      citations(md, lock)
      glossaryCards(md, glossary)
    },
  },
  themeConfig: {
    nav: [
      {text: '开始阅读', link: `/${chapters[0] ? chapterPage(chapters[0]) : ''}`},
      {text: `Moby ${lock.ref}`, link: `/${mobyPage}`},
      {text: `v${manifest.version}`, link: `/${historyPage}`},
    ],
    sidebar,
    outline: {level: [2, 3], label: '本页目录'},
    docFooter: {prev: '上一章', next: '下一章'},
    editLink: {
      pattern: `${manifest.repository.url.replace(/\.git$/, '')}/edit/main/${manifest.repository.directory}/:path`,
      text: '在 GitHub 上编辑本页',
    },
    socialLinks: [{icon: 'github', link: manifest.repository.url.replace(/\.git$/, '')}],
    darkModeSwitchLabel: '外观',
    lightModeSwitchTitle: '切换到浅色模式',
    darkModeSwitchTitle: '切换到深色模式',
    sidebarMenuLabel: '目录',
    returnToTopLabel: '回到顶部',
    footer: {message: `内容以 CC BY 4.0 发布 · 分析对象：Moby ${lock.ref}（${lock.commit.slice(0, 12)}）`},
    search: {
      provider: 'local',
      options: {
        miniSearch: {options: {tokenize: search.tokenize, processTerm: search.processTerm}},
        _render(src, env, md) {
          const html = md.render(src, env)
          return env.frontmatter?.['search'] === false ? '' : html.replace(cardMarkup, '')
        },
        translations: {
          button: {buttonText: '搜索', buttonAriaLabel: '搜索'},
          modal: {
            displayDetails: '显示详细列表',
            resetButtonTitle: '清除查询',
            backButtonTitle: '关闭搜索',
            noResultsText: '没有找到结果',
            footer: {selectText: '选择', navigateText: '切换', closeText: '关闭'},
          },
        },
      },
    },
    // Read by the theme's MobyTag: the tag every page describes.
    moby: {ref: lock.ref, commit: lock.commit, repository: lock.repository, page: `/${mobyPage}.html`},
  },
})
