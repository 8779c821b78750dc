/** One term of the doc set's glossary. */
export interface GlossaryEntry {
  /** The term as the chapters write it, usually Chinese (`容器`). */
  readonly term: string
  /** The English name, spelled as Moby's own docs spell it (`Container`). */
  readonly english: string
  /** One or two sentences, accurate for Moby at `docker-v29.7.2`. */
  readonly description: string
  /** Other glossary terms, by their exact `term` spelling. */
  readonly related: readonly string[]
  /** Other Chinese spellings that count as a use of the term. */
  readonly aliases?: readonly string[] | undefined
  /** Other English spellings that count as a use of the term. */
  readonly englishAliases?: readonly string[] | undefined
  /**
   * Canonical spellings of the product and project names the entry involves
   * (`containerd`, `BuildKit`, `GitHub`): prose that writes one in another
   * casing is reported by `cjk-typography`.
   */
  readonly names?: readonly string[] | undefined
  /**
   * Spellings written this way on purpose that `cjk-typography` would
   * otherwise change: Han and Latin without a space (the term `API服务器`), or
   * a name in another casing (the command `docker`).
   */
  readonly exceptions?: readonly string[] | undefined
}
