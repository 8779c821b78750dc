/**
 * The search functions, outside the browser: they survive VitePress's
 * serialisation (source text, rebuilt with `new Function`), find words from
 * the middle of a Chinese paragraph, and map glossary names both ways. The
 * last test measures, over the chapters, how many listed queries find their
 * chapter among the first three sections with MiniSearch's default tokenizer
 * and with ours (the README quotes the figures).
 */
import MiniSearch from 'minisearch'
import {describe, expect, it} from 'vitest'
import {chapterMarkdown, chapters, glossary} from './content.ts'
import {searchQueries} from './search-queries.ts'
import {createSearchFunctions} from './search.ts'

const functions = createSearchFunctions(glossary)
/** As VitePress ships a function to the browser: its source text, rebuilt. */
const revive = <T>(fn: T): T => new Function(`return ${String(fn)}`)() as T
const tokenize = revive(functions.tokenize)
const processTerm = revive(functions.processTerm)

describe('tokenize', () => {
  it('segments Chinese, so a word in the middle of a paragraph is a token', () => {
    const tokens = tokenize('守护进程启动时会创建重启管理器并恢复容器')
    expect(tokens).toContain('重启管理器')
    expect(tokens).toContain('容器')
  })

  it('splits identifiers at dots and keeps the whole', () => {
    expect(tokenize('调用 Daemon.ContainerCreate 创建')).toEqual(expect.arrayContaining(['Daemon.ContainerCreate', 'Daemon', 'ContainerCreate']))
  })

  it('keeps an English glossary name of several words as one token', () => {
    expect(tokenize('the Manager Node of a swarm')).toContain('manager node')
  })
})

describe('processTerm', () => {
  it('maps an English glossary name to its Chinese term, and the reverse', () => {
    expect(processTerm('Image')).toEqual(expect.arrayContaining(['image', '镜像']))
    expect(processTerm('镜像')).toEqual(expect.arrayContaining(['image', '镜像']))
    expect(processTerm('manager node')).toContain('管理节点')
  })

  it('lowercases other words', () => {
    expect(processTerm('ContainerCreate')).toBe('containercreate')
  })
})

/** The chapters cut into sections at headings, as VitePress's local search indexes them. */
function sections(): {id: string; chapter: string; text: string}[] {
  return chapters.flatMap((chapter) =>
    chapterMarkdown(chapter)
      .split(/^(?=#{1,6} )/m)
      .map((text, index) => ({id: `${chapter.file}#${index}`, chapter: chapter.file, text})),
  )
}

/** How many listed queries find their chapter among the first three sections. */
function found(search: MiniSearch<{id: string; chapter: string; text: string}>): string[] {
  return searchQueries
    .filter(({query, chapter}) =>
      search
        .search(query, {prefix: true, fuzzy: 0.2})
        .slice(0, 3)
        .some((result) => result['chapter'] === chapter),
    )
    .map(({query}) => query)
}

describe('measured over the chapters', () => {
  it('finds more listed queries than the default tokenizer, and every one', () => {
    const documents = sections()
    const standard = new MiniSearch({fields: ['text'], storeFields: ['chapter']})
    standard.addAll(documents)
    const ours = new MiniSearch({fields: ['text'], storeFields: ['chapter'], tokenize, processTerm})
    ours.addAll(documents)
    const byDefault = found(standard)
    const byOurs = found(ours)
    console.log(`search: default tokenizer ${byDefault.length}/${searchQueries.length} (${byDefault.join(', ')}), Intl.Segmenter + glossary ${byOurs.length}/${searchQueries.length}`)
    expect(byOurs).toEqual(searchQueries.map(({query}) => query))
    expect(byDefault.length).toBeLessThan(byOurs.length)
  })
})
