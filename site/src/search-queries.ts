/**
 * The search queries the browser test runs, each with the chapter it must
 * find among the first three results: the chapter that uses the word (or,
 * for a glossary name, its synonym) most. Chinese words from the middle of
 * paragraphs (at least 70 % of their uses in that chapter), Go symbols, and
 * English glossary names whose Chinese term is what the chapter writes (and
 * the reverse).
 */
export interface SearchQuery {
  readonly query: string
  /** The chapter file that must be among the first three results. */
  readonly chapter: string
  readonly why: 'chinese-mid-paragraph' | 'symbol' | 'english-glossary-name' | 'chinese-glossary-term-for-english'
}

export const searchQueries: readonly SearchQuery[] = [
  // Each of these words only ever follows another Han character in the chapters: it sits inside
  // a run of Chinese text that the default tokenizer keeps as one token, so it cannot find it.
  {query: '样本', chapter: '06-实战经验和最佳实践.md', why: 'chinese-mid-paragraph'},
  {query: '墓碑', chapter: '06-实战经验和最佳实践.md', why: 'chinese-mid-paragraph'},
  {query: '附件', chapter: '07-Swarm模式.md', why: 'chinese-mid-paragraph'},
  {query: '令牌', chapter: '07-Swarm模式.md', why: 'chinese-mid-paragraph'},
  {query: '归档', chapter: '02-API接口详细分析.md', why: 'chinese-mid-paragraph'},
  {query: '替身', chapter: '04-客户端SDK模块.md', why: 'chinese-mid-paragraph'},
  {query: '移植', chapter: '05-关键数据结构分析.md', why: 'chinese-mid-paragraph'},
  {query: '顶点', chapter: '08-BuildKit构建系统.md', why: 'chinese-mid-paragraph'},
  {query: '尺寸', chapter: '03-守护进程核心模块.md', why: 'chinese-mid-paragraph'},
  {query: 'ContainerCreate', chapter: '02-API接口详细分析.md', why: 'symbol'},
  {query: 'LLB', chapter: '08-BuildKit构建系统.md', why: 'symbol'},
  {query: 'Raft', chapter: '07-Swarm模式.md', why: 'symbol'},
  {query: 'Restart Manager', chapter: '03-守护进程核心模块.md', why: 'english-glossary-name'},
  {query: 'Manager Node', chapter: '07-Swarm模式.md', why: 'english-glossary-name'},
  {query: 'Response Hook', chapter: '04-客户端SDK模块.md', why: 'english-glossary-name'},
  {query: 'Lease', chapter: '08-BuildKit构建系统.md', why: 'english-glossary-name'},
  {query: '容器视图库', chapter: '03-守护进程核心模块.md', why: 'chinese-glossary-term-for-english'},
]
