// The doc set's lint configuration: the preset with this doc set's defaults.
// Read by remark-cli and editor integrations; `pnpm lint` runs doc-lint, whose
// preset options (`--glossary @moby-anatomy/glossary`) give the same rules.
import remarkPresetMobyAnatomy from '@moby-anatomy/remark-preset'

export default {
  plugins: [remarkPresetMobyAnatomy],
}
