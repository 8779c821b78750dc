/**
 * `--glossary <module>`: load a doc set's glossary from a file or a package,
 * both found from the working folder, and check its shape before any rule
 * sees it. A module that is missing is a usage error; one that cannot be
 * loaded (a syntax error, a throw at the top) is an error naming the file.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {FileError, oneLine, UsageError} from '@moby-anatomy/doc-files'
import type {Entry} from '@moby-anatomy/remark-lint-glossary-coverage'
import {resolve as resolveImport} from 'import-meta-resolve'

/** Import `specifier` (a file path or a package resolvable from `cwd`) and return its `glossary` export. */
export async function loadGlossary(specifier: string, cwd: string): Promise<readonly Entry[]> {
  const url = resolveGlossary(specifier, cwd)
  let module: {glossary?: unknown}
  try {
    module = (await import(url)) as {glossary?: unknown}
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new FileError(fileURLToPath(url), `Unexpected error loading \`--glossary ${specifier}\`: ${oneLine(message)}, expected a module that loads`, {cause: error})
  }
  if (!Array.isArray(module.glossary)) {
    throw new UsageError(`Unexpected \`--glossary ${specifier}\` without an array export \`glossary\`, expected a module like \`export const glossary = [{term, english, description, related}]\``)
  }
  return module.glossary as readonly Entry[]
}

/**
 * What a glossary change is a change to: the glossary file given as a path,
 * or the folder of the package given by name (its sources, its manifest).
 */
export function glossaryDependency(specifier: string, cwd: string): string {
  const file = fileURLToPath(resolveGlossary(specifier, cwd))
  if (fs.statSync(path.resolve(cwd, specifier), {throwIfNoEntry: false})?.isFile()) return file
  for (let folder = path.dirname(file); folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, 'package.json'))) return folder
  }
  return file
}

/**
 * The URL of the glossary module: a file relative to `cwd`, else a package
 * resolved from `cwd` (CommonJS resolution first, which honours `--conditions`,
 * then ESM resolution for packages that only export `import`).
 */
function resolveGlossary(specifier: string, cwd: string): string {
  const asFile = path.resolve(cwd, specifier)
  if (fs.statSync(asFile, {throwIfNoEntry: false})?.isFile()) return pathToFileURL(asFile).href
  const missing = new UsageError(`Unexpected \`--glossary ${specifier}\` that is neither a file nor a package found from ${cwd}, expected e.g. \`--glossary @moby-anatomy/glossary\``)
  if (/^\.{0,2}[\\/]/.test(specifier) || path.isAbsolute(specifier)) throw missing
  const parent = path.join(cwd, 'noop.js')
  try {
    return pathToFileURL(createRequire(parent).resolve(specifier)).href
  } catch {
    try {
      const url = resolveImport(specifier, pathToFileURL(parent).href)
      if (url.startsWith('file:') && !fs.existsSync(fileURLToPath(url))) throw missing
      return url
    } catch {
      throw missing
    }
  }
}
