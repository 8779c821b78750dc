/**
 * The chapters are Markdown, not Vue templates: `{{.Action}}` in a `docker
 * events --format` example must print as written. VitePress compiles each page
 * as a Vue template (fences get `v-pre`, inline code and text do not), so
 * braces in text and inline code are written as entities, which Vue decodes
 * after it has looked for `{{ }}`.
 */
import type {MarkdownRenderer} from 'vitepress'

export function noInterpolation(md: MarkdownRenderer): void {
  for (const rule of ['text', 'code_inline'] as const) {
    const render = md.renderer.rules[rule]!
    md.renderer.rules[rule] = (tokens, index, options, env, self) => escapeBraces(render(tokens, index, options, env, self))
  }
}

/** `{` and `}` as character references. */
export function escapeBraces(html: string): string {
  return html.replace(/[{}]/g, (brace) => `&#${brace.charCodeAt(0)};`)
}
