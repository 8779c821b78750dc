/**
 * Mermaid fences become `<MermaidDiagram>` (registered by the theme), which
 * imports mermaid only when it mounts: a page without diagrams never loads
 * it, and the diagram is drawn again with mermaid's dark theme when the
 * reader switches to dark mode.
 */
import type {MarkdownRenderer} from 'vitepress'

export function mermaidFences(md: MarkdownRenderer): void {
  const fence = md.renderer.rules.fence!
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]!
    if (token.info.trim() !== 'mermaid') return fence(tokens, index, options, env, self)
    return `<MermaidDiagram code="${encodeURIComponent(token.content)}" />\n`
  }
}
