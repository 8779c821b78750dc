// (b) The Moby Anatomy preset, as `pnpm lint` runs it (fixed "today" for stable findings).
import {createPreset} from '@moby-anatomy/remark-preset'

export default {plugins: [createPreset({versionHistory: {now: '2026-11-29'}})]}
