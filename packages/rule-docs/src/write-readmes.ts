/**
 * Write the README of every rule package from its module docs.
 */
import fs from 'node:fs'
import path from 'node:path'
import {readRuleDocs} from './docs.ts'
import {renderReadme} from './readme.ts'
import {ruleDirectories} from './rules.ts'

for (const directory of ruleDirectories()) {
  const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8')) as {name: string}
  const readme = renderReadme(manifest.name, readRuleDocs(path.join(directory, 'src/index.ts')))
  fs.writeFileSync(path.join(directory, 'README.md'), readme)
  console.log(`wrote ${path.relative(process.cwd(), path.join(directory, 'README.md'))}`)
}
