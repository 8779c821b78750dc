#!/usr/bin/env node
// `doc-lint-lsp --stdio`: the language server on standard input and output.
import {startLanguageServer} from './index.ts'

startLanguageServer()
