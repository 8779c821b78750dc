/**
 * Render a rule package's README from its module docs and examples, the way
 * remark-lint's packages are documented: prose sections, then install, use,
 * and each example with its messages.
 */
import type {RuleDocs} from './docs.ts'
import {fileText} from './run.ts'

/** The README of a rule package. */
export function renderReadme(packageName: string, docs: RuleDocs): string {
  const camel = packageName
    .replace(/^@[^/]+\//, '')
    .replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
  const parts = [
    `<!-- Generated from src/index.ts by \`pnpm --filter @moby-anatomy/rule-docs readmes\`; edit the module doc there. -->`,
    '',
    `# ${packageName}`,
    '',
    docs.description,
    '',
    '## Install',
    '',
    '```bash',
    `npm install ${packageName}`,
    '```',
    '',
    '## Use',
    '',
    'In a `.remarkrc.js`:',
    '',
    '```js',
    `import ${camel} from '${packageName}'`,
    '',
    'export default {',
    `  plugins: ['remark-gfm', 'remark-lint', ${camel}]`,
    '}',
    '```',
    '',
    'or on the command line: `remark --use remark-gfm --use remark-lint --use ' + packageName + ' .`',
    '',
    '## Examples',
  ]
  for (const [index, example] of docs.examples.entries()) {
    const {name, label, config} = example.config
    if (label === 'output') {
      parts.push('', '###### Out', '', '```text', example.body.trimEnd(), '```')
      continue
    }
    parts.push('', `##### \`${name}\`${label === 'input' ? '' : ' (no messages)'}`)
    if (config !== undefined) parts.push('', `With options \`${JSON.stringify(config)}\`.`)
    const others = {...example.config.files, ...example.config.symlinks, ...example.config.binary}
    if (Object.keys(others).length > 0) parts.push('', `Beside: ${Object.keys(others).map((file) => `\`${file}\``).join(', ')}.`)
    for (const [file, value] of Object.entries(example.config.files ?? {})) {
      if (typeof value !== 'string') parts.push('', `\`${file}\`:`, '', '```json', fileText(value).trimEnd(), '```')
    }
    const shown = example.config.inputHex ? `(bytes) ${example.config.inputHex}` : example.body.trimEnd()
    parts.push('', label === 'input' ? '###### In' : '###### In (ok)', '', example.config.inputHex ? '````text' : '````markdown', shown, '````')
    if (label !== 'input' && docs.examples[index + 1]?.config.label !== 'output') parts.push('', '###### Out', '', 'No messages.')
  }
  parts.push('', '## License', '', 'MIT', '')
  return parts.join('\n')
}
