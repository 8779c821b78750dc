/**
 * `remark-lint-no-empty-url@4.0.1` as a check: a definition, image or link
 * whose URL is empty, `#` or `?`.
 */
import type {Check} from '../check.ts'

/** The stock rule takes no option. */
export type Option = null | undefined

export const check: Check<Option> = {
  name: 'no-empty-url',
  url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-empty-url#readme',
  types: ['definition', 'image', 'link'],
  start({report}) {
    return {
      enter(node, ancestors) {
        if (
          (node.type === 'definition' || node.type === 'image' || node.type === 'link') &&
          node.position &&
          (!node.url || node.url === '#' || node.url === '?')
        ) {
          report('Unexpected empty ' + node.type + ' URL referencing the current document, expected URL', {
            ancestors: [...ancestors, node],
            place: node.position,
          })
        }
      },
    }
  },
}
