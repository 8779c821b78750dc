/**
 * A language server for doc sets linted with the Moby Anatomy preset: the
 * findings `pnpm lint` prints, as editor diagnostics while typing, and a quick
 * fix for every finding that carries one deterministic repair (`expected`).
 *
 * Built on `unified-language-server`, which runs `unified-engine` the way
 * remark-cli does: the doc set's own configuration (`.remarkrc.js`,
 * `.remarkrc.json`, `remarkConfig` in package.json) and `.remarkignore` apply,
 * so the editor and `pnpm lint` agree on every finding.
 */
import {remark} from 'remark'
import {createUnifiedLanguageServer} from 'unified-language-server'

/**
 * Start the server on the connection the process was started with (`--stdio`,
 * `--node-ipc` or `--socket=<port>`, as vscode-languageserver reads them).
 */
export function startLanguageServer(): void {
  createUnifiedLanguageServer({
    configurationSection: 'remark',
    // Used only where the workspace has no `remark` of its own to load.
    defaultProcessor: remark,
    ignoreName: '.remarkignore',
    packageField: 'remarkConfig',
    pluginPrefix: 'remark',
    processorName: 'remark',
    processorSpecifier: 'remark',
    rcName: '.remarkrc',
  })
}
