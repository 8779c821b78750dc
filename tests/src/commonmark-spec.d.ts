/** Types for `commonmark-spec` (the package ships none): the spec's examples. */
declare module 'commonmark-spec' {
  export interface Example {
    readonly markdown: string
    readonly html: string
    readonly section: string
    readonly number: number
  }
  export const tests: readonly Example[]
}
