// (c) remark-preset-lint-recommended, with remark-gfm so the parse is the same as (a) and (b).
import remarkGfm from 'remark-gfm'
import remarkPresetLintRecommended from 'remark-preset-lint-recommended'

export default {plugins: [remarkGfm, remarkPresetLintRecommended]}
