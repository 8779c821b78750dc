export {fixFiles, fixers, type Fixer} from './fix.ts'
export {lint, type LintOptions} from './lint.ts'
export {main} from './main.ts'
export {markdownFiles, UsageError} from './files.ts'
