#!/usr/bin/env node
/** The `moby-refs` command: see `cli.ts`. */
import {run} from './cli.ts'

process.exitCode = run(process.argv.slice(2))
