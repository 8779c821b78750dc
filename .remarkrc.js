// The doc set's lint configuration: the preset with this doc set's defaults.
// Run through `pnpm lint` (remark-cli with the `@moby-anatomy/source` condition).
import remarkPresetMobyAnatomy from '@moby-anatomy/remark-preset'

export default {
  plugins: [remarkPresetMobyAnatomy],
}
