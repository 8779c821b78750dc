#!/usr/bin/env node
/** The `go-examples` command: see `cli.ts`. */
import {run} from './cli.ts'

process.exitCode = run(process.argv.slice(2))
