/**
 * `--glossary <module>`: load a doc set's glossary from a package name or a
 * file, and check its shape before any rule sees it.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Entry} from '@moby-anatomy/remark-lint-glossary-coverage'
import {UsageError} from './files.ts'

/** Import `specifier` (a file path or a package resolvable from `cwd`) and return its `glossary` export. */
export async function loadGlossary(specifier: string, cwd: string): Promise<readonly Entry[]> {
  const asFile = path.resolve(cwd, specifier)
  let url: string
  if (fs.existsSync(asFile)) url = pathToFileURL(asFile).href
  else {
    try {
      url = import.meta.resolve(specifier, pathToFileURL(path.join(cwd, 'noop.js')).href)
    } catch {
      try {
        url = pathToFileURL(createRequire(path.join(cwd, 'noop.js')).resolve(specifier)).href
      } catch {
        throw new UsageError(`Unexpected \`--glossary ${specifier}\` that is neither a file nor a package found from ${cwd}, expected e.g. \`--glossary @moby-anatomy/glossary\``)
      }
    }
  }
  const module = (await import(url)) as {glossary?: unknown}
  if (!Array.isArray(module.glossary)) {
    throw new UsageError(`Unexpected \`--glossary ${specifier}\` without an array export \`glossary\`, expected a module like \`export const glossary = [{term, english, description, related}]\``)
  }
  return module.glossary as readonly Entry[]
}
