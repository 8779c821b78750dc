/**
 * The floor of the benchmark: read every Markdown file under a folder and
 * parse it with unified + remark-parse + remark-gfm, nothing else.
 */
import fs from 'node:fs'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {markdownFiles} from './files.ts'

const processor = unified().use(remarkParse).use(remarkGfm).freeze()
let nodes = 0
for (const file of markdownFiles(process.argv[2] ?? '.')) nodes += processor.parse(fs.readFileSync(file, 'utf8')).children.length
console.log(`parsed; ${nodes} top-level nodes`)
