/**
 * The floor of the benchmark: read every Markdown file under a folder and
 * parse it with unified + remark-parse + remark-gfm, nothing else.
 */
import fs from 'node:fs'
import path from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).freeze()
let nodes = 0
for (const entry of fs.readdirSync(process.argv[2] ?? '.', {recursive: true, withFileTypes: true})) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue
  const tree = processor.parse(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
  nodes += tree.children.length
}
console.log(`parsed; ${nodes} top-level nodes`)
