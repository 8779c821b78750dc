/**
 * A page's initial JavaScript: what the browser fetches and runs before the
 * page is interactive, read from the built HTML: `<script type="module" src>`,
 * `<link rel="modulepreload">` and inline scripts, each gzipped (level 9, as
 * a static host serves them). Chunks imported later (mermaid, the search
 * index) are not in it, since the page does not name them.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/** One script of a page and its sizes in bytes. */
export interface PageScript {
  /** The asset path, or `inline #n`. */
  readonly name: string
  readonly bytes: number
  readonly gzipBytes: number
}

/** The initial scripts of the built page `html` (a path under `distDir`), largest first. */
export function initialScripts(distDir: string, html: string, base = '/'): PageScript[] {
  const page = fs.readFileSync(path.join(distDir, html), 'utf8')
  const sources = new Set<string>()
  for (const match of page.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) sources.add(match[1]!)
  for (const match of page.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) sources.add(match[1]!)
  const scripts: PageScript[] = [...sources].map((source) => {
    if (!source.startsWith(base)) throw new Error(`Unexpected script \`${source}\` in ${html}, expected a path under the base \`${base}\``)
    return sized(source, fs.readFileSync(path.join(distDir, decodeURIComponent(source.slice(base.length)))))
  })
  let inline = 0
  for (const match of page.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1]!.trim()) scripts.push(sized(`inline #${++inline}`, Buffer.from(match[1]!)))
  }
  return scripts.sort((a, b) => b.gzipBytes - a.gzipBytes)
}

function sized(name: string, content: Buffer): PageScript {
  return {name, bytes: content.length, gzipBytes: zlib.gzipSync(content, {level: 9}).length}
}

/** Total gzipped bytes. */
export function gzipTotal(scripts: readonly PageScript[]): number {
  return scripts.reduce((sum, script) => sum + script.gzipBytes, 0)
}
