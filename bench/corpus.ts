/**
 * The benchmark corpus: a seeded, deterministic generator of doc sets whose
 * Markdown costs per megabyte what real documentation costs. The text is its
 * own (English words and Chinese characters from fixed lists, identifiers,
 * URLs, code); only its *shape* is calibrated on real doc repositories (share
 * of bytes in code blocks, tables, lists, links, inline code, emphasis, HTML,
 * headings and front matter; CJK share; line lengths; file sizes; findings per
 * file under our preset), with `bench/calibrate.ts`.
 *
 * Each doc set is a folder like the handbook: an index (`00-总体说明.md`) with
 * navigation, glossary and version-history tables that agree with the folder,
 * `package.json`, the handbook's `refs.lock.json`, an `images/` folder, and
 * chapters, half English and half Chinese. Chapters link to each other, to
 * headings (CJK anchors included), to images, folders, other doc sets, Moby
 * permalinks and external URLs; about 1 % of local links are planted broken
 * (a missing file). Style slips that real documents have (other list and
 * emphasis markers, code without a language, spacing around CJK punctuation,
 * undefined references, extra blank lines) are planted at rates that give
 * real documentation's findings per file.
 */
import fs from 'node:fs'
import path from 'node:path'
import {glossary} from '@moby-anatomy/glossary'

const handbook = path.resolve(import.meta.dirname, '../content/handbook')

export interface CorpusOptions {
  /** Size wanted, in MB (10^6 bytes) of Markdown. */
  readonly megabytes: number
  /** Seed of the generator: the same seed and size give the same bytes. */
  readonly seed?: number
}

export interface CorpusSummary {
  readonly files: number
  readonly bytes: number
  /** Doc sets written so far, this one included: links to other sets stay among them. */
  readonly sets: number
  /** Local links planted broken (each to a missing file), as `file → target`. */
  readonly brokenLinks: readonly string[]
  /** Chapter files (not indexes), relative to the root. */
  readonly chapters: readonly string[]
}

/** A deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

// Vocabulary: invented for the purpose, no one's text.
const englishWords = (
  'the a of to and in is for on with that by as it be are from this can or an each when which run file set node image layer build ' +
  'container daemon network volume service task plugin driver store cache table index query value option flag default state event ' +
  'request response client server worker thread queue buffer stream record field type schema version release update change config ' +
  'path folder source target mount label secret token policy rule limit quota memory process signal socket port host route proxy ' +
  'start stop create remove list inspect attach detach pull push tag commit export import load save restart pause resume wait ' +
  'after before while until only also then still often never always usually first next last every other same new old small large ' +
  'fast slow simple short long local remote shared private public stable current given named empty full open closed ready'
).split(' ')
const chineseCharacters =
  '容器镜像网络存储卷服务任务插件驱动缓存表索引查询值选项标志默认状态事件请求响应客户端服务器线程队列缓冲流记录字段类型模式版本发布更新变更配置路径文件夹源目标挂载标签密钥令牌策略规则限制配额内存进程信号套接字端口主机路由代理启动停止创建删除列出检查附加分离拉取推送提交导出导入加载保存重启暂停恢复等待之后之前同时直到只有然后仍然经常从不总是通常第一下一个最后每其他相同新旧小大快慢简单短长本地远程共享私有公共稳定当前给定命名空满打开关闭就绪集群节点数据库事务分布式副本调度监控日志备份迁移部署升级兼容性能参数实例组件模块接口函数方法对象数组字符串整数布尔'
const identifiers = ['ContainerCreate', 'imageStore', 'NetworkMode', 'cgroupParent', 'restartPolicy', 'layerStore', 'VolumeOptions', 'execConfig', 'healthCheck', 'logDriver', 'tidb_mem_quota', 'max_connections', 'scrape_interval', 'Vec<String>', 'Option<T>', 'defineConfig', 'useState', 'shallowRef', 'watchEffect', 'onMounted']
const languages = ['go', 'sh', 'json', 'yaml', 'sql', 'rust', 'ts', 'toml']
const englishTitles = ['Getting started', 'Container lifecycle', 'Image layers', 'Network drivers', 'Volume plugins', 'Build cache', 'Service tasks', 'Query plans', 'Release notes', 'Configuration reference', 'Monitoring', 'Storage engine']
const chineseTitles = ['快速上手', '容器生命周期', '镜像分层', '网络驱动', '存储卷插件', '构建缓存', '服务任务', '查询计划', '发布说明', '配置参考', '监控告警', '存储引擎']

type Random = () => number

/** Everything the writer of one chapter needs to know about the others. */
interface ChapterPlan {
  readonly name: string
  readonly title: string
  readonly chinese: boolean
  /** Section headings and their GitHub slugs (unique in the file). */
  readonly headings: readonly {text: string; slug: string}[]
  readonly targetBytes: number
}

/** Planned file sizes (written files come out about a third larger): mostly 3–25 KB, a few tens of KB, one in a hundred 100–250 KB. */
function fileSize(next: Random): number {
  const roll = next()
  if (roll < 0.65) return 2000 + next() * 5000
  if (roll < 0.92) return 7000 + next() * 10_000
  if (roll < 0.99) return 17_000 + next() * 23_000
  return 80_000 + next() * 90_000
}

/** Write the corpus under `root` (emptied first). */
export function writeCorpus(root: string, options: CorpusOptions): CorpusSummary {
  const next = random(options.seed ?? 1)
  const wanted = options.megabytes * 1e6
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const lock = fs.readFileSync(path.join(handbook, 'refs.lock.json'), 'utf8')
  const mobyFiles = Object.entries((JSON.parse(lock) as {references: Record<string, {kind: string; type?: string; lines?: number}>}).references)
    .filter(([, entry]) => entry.kind === 'path' && entry.type === 'blob' && (entry.lines ?? 0) > 10)
    .map(([key, entry]) => ({path: key.slice('path:'.length), lines: entry.lines ?? 0}))
  const brokenLinks: string[] = []
  const chapters: string[] = []
  let files = 0
  let bytes = 0
  let sets = 0
  const write = (file: string, text: string) => {
    fs.writeFileSync(file, text)
    files++
    bytes += Buffer.byteLength(text)
  }
  fs.rmSync(root, {recursive: true, force: true})
  fs.mkdirSync(root, {recursive: true})
  const chaptersPerSet = 20
  const setName = (set: number) => `set-${String(set).padStart(3, '0')}`
  // Plan a set (its chapters must be known before any is written: they link to each other),
  // write it, and go on until the bytes written reach the size wanted. Chapters come out
  // larger than planned (a section ends after the block that fills it): `growth` is the
  // ratio seen so far, so the last set is cut to fit.
  let growth = 1.2
  let planned = 0
  for (let setIndex = 0; bytes < wanted; setIndex++) {
    const set: ChapterPlan[] = []
    let setPlanned = 0
    for (let chapter = 1; chapter <= chaptersPerSet && bytes + setPlanned * growth < wanted; chapter++) {
      const chinese = next() < 0.5
      const number = String(chapter).padStart(2, '0')
      const base = chinese ? pick(chineseTitles) : pick(englishTitles)
      const title = `${base} ${chapter}`
      const name = `${number}-${chinese ? base : base.toLowerCase().replaceAll(' ', '-')}.md`
      // The last chapters are cut to the bytes still wanted, so the corpus lands near its size.
      const targetBytes = Math.round(Math.max(2000, Math.min(fileSize(next), (wanted - bytes) / growth - setPlanned)))
      const headings = Array.from({length: Math.max(2, Math.round(targetBytes / 500))}, (_, index) => {
        const text = chinese ? `${words(next, 2, true).join('')} ${index + 1}` : `${capitalise(words(next, 2, false).join(' '))} ${index + 1}`
        return {text, slug: text.toLowerCase().replaceAll(' ', '-')}
      })
      set.push({name, title, chinese, headings, targetBytes})
      setPlanned += targetBytes
    }
    const folder = path.join(root, setName(setIndex))
    fs.mkdirSync(path.join(folder, 'images'), {recursive: true})
    fs.writeFileSync(path.join(folder, 'package.json'), '{"private": true, "version": "1.2.0"}\n')
    // The chapters cite Moby paths: give each doc set the handbook's refs lock.
    fs.writeFileSync(path.join(folder, 'refs.lock.json'), lock)
    for (let image = 1; image <= 3; image++) fs.writeFileSync(path.join(folder, 'images', `图-${image}.svg`), '<svg xmlns="http://www.w3.org/2000/svg"/>\n')
    sets++
    for (const plan of set) {
      const context: WriteContext = {next, plan, set, sets: setIndex + 1, setName, mobyFiles, broken: (target) => brokenLinks.push(`${setName(setIndex)}/${plan.name} → ${target}`)}
      write(path.join(folder, plan.name), chapterText(context))
      chapters.push(`${setName(setIndex)}/${plan.name}`)
    }
    write(path.join(folder, '00-总体说明.md'), indexText(set))
    planned += setPlanned
    growth = bytes / Math.max(planned, 1)
  }
  return {files, bytes, sets, brokenLinks, chapters}
}

interface WriteContext {
  readonly next: Random
  readonly plan: ChapterPlan
  readonly set: readonly ChapterPlan[]
  /** Doc sets written so far, this one included: links to other sets stay among them. */
  readonly sets: number
  readonly setName: (set: number) => string
  readonly mobyFiles: readonly {path: string; lines: number}[]
  readonly broken: (target: string) => void
}

/** The index of a doc set: navigation, glossary and version-history tables that agree with it. */
function indexText(set: readonly ChapterPlan[]): string {
  return [
    '# Moby项目源码剖析 - 总体说明',
    '',
    '容器、镜像与守护进程是本套文档的主线。',
    '',
    '## 文档导航',
    '',
    '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |',
    '| --- | --- | --- | --- |',
    '| **00** | [总体说明](00-总体说明.md) | 文档概述、术语表 | ⭐ |',
    ...set.map((plan, index) => `| **${plan.name.slice(0, 2)}** | [${plan.title}](${plan.name}) | 源码、图示、表格 | ${'⭐'.repeat(1 + (index % 5))} |`),
    '',
    '## 术语表',
    '',
    '| 术语 | 英文 | 说明 | 相关概念 |',
    '| --- | --- | --- | --- |',
    ...glossary.map((entry) => `| **${entry.term}** | ${entry.english} | ${entry.description} | ${entry.related.join('、')} |`),
    '',
    '## 版本历史',
    '',
    '| 版本 | 日期 | 主要变更 | 作者 |',
    '| --- | --- | --- | --- |',
    '| v1.0 | 2026-01-10 | 初始版本 | 甲 |',
    '| v1.1 | 2026-03-01 | 第二版 | 乙 |',
    '| v1.2 | 2026-06-01 | 第三版 | 甲、乙 |',
    '',
  ].join('\n')
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** `count` words: English from the list, or Chinese words of two characters. */
function words(next: Random, count: number, chinese: boolean): string[] {
  return Array.from({length: count}, () => {
    if (!chinese) return englishWords[Math.floor(next() * englishWords.length)] ?? 'the'
    const at = () => chineseCharacters[Math.floor(next() * chineseCharacters.length)] ?? '容'
    return at() + at()
  })
}

/** One chapter: optional front matter, an H1, sections of blocks until its size is reached. */
function chapterText(context: WriteContext): string {
  const {next, plan} = context
  const out: string[] = []
  let size = 0
  const push = (block: string) => {
    out.push(block)
    size += Buffer.byteLength(block) + 2
  }
  if (next() < 0.4) {
    const slug = plan.name.slice(0, -3)
    const aliases = Array.from({length: 2 + Math.floor(next() * 6)}, (_, index) => `'/docs/v${index + 1}/${slug}/'`)
    push(`---\ntitle: ${plan.title}\nsummary: ${sentence(context, false)} ${sentence(context, false)}\nkeywords: [${words(next, 5, plan.chinese).join(', ')}]\naliases: [${aliases.join(', ')}]\n---`)
  }
  push(`# Moby项目源码剖析 - ${plan.title}`)
  const perSection = plan.targetBytes / plan.headings.length
  for (const [index, heading] of plan.headings.entries()) {
    const sectionStart = size
    // A planted slip now and then: a skipped heading rank, or punctuation at the end.
    const rank = next() < 0.02 ? '####' : '##'
    push(`${rank} ${heading.text}`)
    if (next() < 0.05) push(`### ${plan.chinese ? `${words(next, 2, true).join('')}？` : `${capitalise(words(next, 2, false).join(' '))}?`}`)
    while (size - sectionStart < perSection) push(block(context))
    if (index === 0 && next() < 0.15) out.push('') // two blank lines before the next heading
  }
  const text = `${out.join('\n\n')}\n`
  // A planted slip: no final newline.
  return next() < 0.08 ? text.trimEnd() : text
}

/** A block, drawn with weights tuned on real docs' byte shares (see bench/calibrate.ts). */
function block(context: WriteContext): string {
  const roll = context.next()
  if (roll < 0.5) return paragraph(context)
  if (roll < 0.78) return list(context)
  if (roll < 0.905) return codeBlock(context)
  if (roll < 0.92) return table(context)
  if (roll < 0.95) return blockquote(context)
  return htmlBlock(context)
}

/** A sentence of prose with inline code, links, emphasis and inline HTML at real docs' rates. */
function sentence(context: WriteContext, inline = true): string {
  const {next, plan} = context
  const parts: string[] = []
  const count = 6 + Math.floor(next() * 14)
  for (let index = 0; index < count; index++) {
    const roll = inline ? next() : 1
    if (roll < 0.045) parts.push(`\`${identifier(next)}\``)
    else if (roll < 0.061) parts.push(link(context))
    else if (roll < 0.0635) parts.push(next() < 0.2 ? `_${words(next, 2, plan.chinese).join(plan.chinese ? '' : ' ')}_` : `**${words(next, 2, plan.chinese).join(plan.chinese ? '' : ' ')}**`)
    else if (roll < 0.0645) parts.push(`<kbd>${identifier(next)}</kbd>`)
    else if (plan.chinese && roll < 0.17) parts.push(next() < 0.03 ? `${identifier(next).replace(/\W/g, '')}` : ` ${identifier(next).replace(/\W/g, '')} `)
    else parts.push(words(next, 1, plan.chinese)[0] ?? '')
  }
  if (!plan.chinese) return `${capitalise(parts.join(' '))}.`
  const text = parts.join('').replaceAll('  ', ' ').trim()
  // Planted CJK slips: a half-width comma or a space before a full-width parenthesis.
  const slip = next()
  if (slip < 0.015) return `${text},${words(next, 2, true).join('')}。`
  if (slip < 0.025) return `${text} （${words(next, 1, true).join('')}）。`
  return `${text}，${words(next, 3, true).join('')}。`
}

function identifier(next: Random): string {
  return identifiers[Math.floor(next() * identifiers.length)] ?? 'value'
}

/** A link: mostly local (chapters, headings, CJK anchors, images, folders, other sets), some external; ~1 % broken. */
function link(context: WriteContext): string {
  const {next, plan, set} = context
  const text = words(next, 2, plan.chinese).join(plan.chinese ? '' : ' ')
  const roll = next()
  const other = set[Math.floor(next() * set.length)] ?? plan
  let target: string
  if (roll < 0.008) {
    target = `missing-${Math.floor(next() * 1e6)}.md`
    context.broken(target)
  } else if (roll < 0.3) target = `${other.name}#${(other.headings[Math.floor(next() * other.headings.length)] ?? {slug: 'top'}).slug}`
  else if (roll < 0.45) target = other.name
  else if (roll < 0.62) target = `#${(plan.headings[Math.floor(next() * plan.headings.length)] ?? {slug: 'top'}).slug}`
  else if (roll < 0.66) return `![${text}](images/图-${1 + Math.floor(next() * 3)}.svg)`
  else if (roll < 0.69) target = `../${context.setName(Math.floor(next() * context.sets))}/`
  else if (roll < 0.74) target = `../${context.setName(Math.floor(next() * context.sets))}/00-总体说明.md#文档导航`
  else if (roll < 0.8) {
    const file = context.mobyFiles[Math.floor(next() * context.mobyFiles.length)]
    if (!file) return text
    const from = 1 + Math.floor(next() * (file.lines - 5))
    target = `https://github.com/moby/moby/blob/docker-v29.7.2/${file.path}#L${from}-L${Math.min(file.lines, from + 4)}`
  } else if (roll < 0.83) return `[${text}][${words(next, 1, false)[0]}-ref]` // an undefined reference, as real docs have
  else target = `https://example.com/docs/${words(next, 1, false)[0]}/${words(next, 2, false).join('-')}/${Math.floor(next() * 1000)}`
  return `[${text}](${target})`
}

function paragraph(context: WriteContext): string {
  const {next} = context
  const lines: string[] = []
  const count = 1 + Math.floor(next() * 4)
  // Real docs wrap some paragraphs and leave others as one long line.
  const wrap = next() < 0.4
  const sentences = Array.from({length: count}, () => sentence(context))
  if (!wrap) return sentences.join(context.plan.chinese ? '' : ' ')
  for (const text of sentences) lines.push(text)
  return lines.join('\n')
}

function list(context: WriteContext): string {
  const {next, plan} = context
  const ordered = next() < 0.25
  // Planted slip: `*` markers (real docs' commonest finding under our preset).
  const marker = ordered ? '1.' : next() < 0.12 ? '*' : '-'
  const items = 2 + Math.floor(next() * 7)
  const lines: string[] = []
  for (let item = 0; item < items; item++) {
    const lead = next() < 0.35 ? `${link(context)}${plan.chinese ? '：' : ': '}` : next() < 0.3 ? `\`${identifier(next)}\`${plan.chinese ? '：' : ': '}` : ''
    lines.push(`${ordered ? `${item + 1}.` : marker} ${lead}${sentence(context)}`)
    if (next() < 0.15) lines.push(`    ${marker === '1.' ? '-' : marker} ${sentence(context)}`)
  }
  return lines.join('\n')
}

function codeBlock(context: WriteContext): string {
  const {next} = context
  // Planted slip: no language flag.
  const language = next() < 0.2 ? '' : (languages[Math.floor(next() * languages.length)] ?? 'sh')
  const lines = Array.from({length: 3 + Math.floor(next() * 18)}, () => {
    const indent = '    '.repeat(Math.floor(next() * 3))
    const roll = next()
    if (roll < 0.3) return `${indent}${identifier(next).replace(/\W/g, '')} := ${identifier(next).replace(/\W/g, '')}(${words(next, 2, false).join(', ')})`
    if (roll < 0.5) return `${indent}"${words(next, 1, false)[0]}": "${words(next, 3, false).join(' ')}",`
    if (roll < 0.7) return `${indent}// ${words(next, 6, false).join(' ')}`
    if (roll < 0.85) return `${indent}$ docker ${words(next, 1, false)[0]} --${words(next, 1, false)[0]}=${Math.floor(next() * 100)}`
    return `${indent}if err != nil { return ${identifier(next).replace(/\W/g, '')}, err }`
  })
  return `\`\`\`${language}\n${lines.join('\n')}\n\`\`\``
}

function table(context: WriteContext): string {
  const {next, plan} = context
  const columns = 2 + Math.floor(next() * 4)
  const rows = 2 + Math.floor(next() * 6)
  const cell = () => {
    const roll = next()
    if (roll < 0.3) return `\`${identifier(next)}\``
    if (roll < 0.4) return link(context)
    return words(next, 1 + Math.floor(next() * 4), plan.chinese).join(plan.chinese ? '' : ' ')
  }
  const row = () => `| ${Array.from({length: columns}, cell).join(' | ')} |`
  return [row(), `|${' --- |'.repeat(columns)}`, ...Array.from({length: rows}, row)].join('\n')
}

function blockquote(context: WriteContext): string {
  const label = context.plan.chinese ? '**注意**：' : '**Note:**'
  return `> ${label}\n>\n> ${sentence(context)}${context.plan.chinese ? '' : ' '}${sentence(context)}`
}

function htmlBlock(context: WriteContext): string {
  const {next} = context
  const roll = next()
  if (roll < 0.4) return `<details>\n<summary>${sentence(context, false)}</summary>\n\n${sentence(context)}\n\n</details>`
  if (roll < 0.7) return `<!-- ${words(next, 8, false).join(' ')} -->`
  return `<div class="${words(next, 1, false)[0]}">\n<p>${words(next, 12, context.plan.chinese).join(context.plan.chinese ? '' : ' ')}</p>\n</div>`
}
