/**
 * Invariants of the glossary data: what the glossary table, the coverage rule
 * and the chapters rely on.
 */
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as glossaryPackage from './index.ts'
import {glossary, type GlossaryEntry, type Term} from './index.ts'

const entries: readonly GlossaryEntry[] = glossary
const terms = new Set(entries.map((entry) => entry.term))

describe('@moby-anatomy/glossary', () => {
  it('exports the data only', () => {
    expect(Object.keys(glossaryPackage)).toEqual(['glossary'])
  })

  it('types terms as literals', () => {
    expectTypeOf<'容器'>().toMatchTypeOf<Term>()
    expectTypeOf<Term>().not.toEqualTypeOf<string>()
  })

  it('defines at least the ten classic terms and 40 entries', () => {
    for (const term of ['容器', '镜像', '守护进程', '存储驱动', '命名空间', '控制组', '网络驱动', '存储卷', '运行时', '快照器']) {
      expect(terms, term).toContain(term)
    }
    expect(entries.length).toBeGreaterThanOrEqual(40)
  })

  it('has no empty field and no pipe that would split a table cell', () => {
    for (const entry of entries) {
      for (const value of [entry.term, entry.english, entry.description, ...entry.related, ...(entry.aliases ?? []), ...(entry.englishAliases ?? []), ...(entry.names ?? []), ...(entry.exceptions ?? [])]) {
        expect(value.trim(), `${entry.term}: empty value`).not.toBe('')
        expect(value, `${entry.term}: pipe in ${value}`).not.toContain('|')
        expect(value, `${entry.term}: untrimmed ${value}`).toBe(value.trim())
      }
      expect(entry.related.length, `${entry.term}: no related concepts`).toBeGreaterThan(0)
    }
  })

  it('uses each term, alias and English name once across all entries', () => {
    const seen = new Map<string, string>()
    for (const entry of entries) {
      const names = [entry.term, ...(entry.aliases ?? []), entry.english.toLowerCase(), ...(entry.englishAliases ?? []).map((name) => name.toLowerCase())]
      for (const name of new Set(names)) {
        expect(seen.get(name), `${name} is used by ${seen.get(name)} and ${entry.term}`).toBeUndefined()
        seen.set(name, entry.term)
      }
    }
  })

  it('names related concepts by their exact glossary spelling, never itself', () => {
    for (const entry of entries) {
      for (const related of entry.related) {
        expect(terms, `${entry.term} → ${related}`).toContain(related)
        expect(related).not.toBe(entry.term)
      }
    }
  })

  it('names each product or project once, in one casing, across all entries', () => {
    const seen = new Map<string, string>()
    for (const entry of entries) {
      for (const name of entry.names ?? []) {
        expect(seen.get(name.toLowerCase()), `${name} is named by ${seen.get(name.toLowerCase())} and ${entry.term}`).toBeUndefined()
        seen.set(name.toLowerCase(), entry.term)
      }
    }
    expect(seen.get('github')).toBe('根模块')
  })

  it('lists every term or alias written with Han and Latin side by side as a deliberate exception', () => {
    const exceptions = new Set(entries.flatMap((entry) => entry.exceptions ?? []))
    const unspaced = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u
    const spellings = entries.flatMap((entry) => [entry.term, ...(entry.aliases ?? [])]).filter((spelling) => unspaced.test(spelling))
    expect(spellings).toContain('API服务器')
    for (const spelling of spellings) expect(exceptions, spelling).toContain(spelling)
  })

  it('keeps an exception that differs from a name only by case distinct from it (the command `docker`)', () => {
    const names = new Set(entries.flatMap((entry) => entry.names ?? []))
    for (const exception of entries.flatMap((entry) => entry.exceptions ?? [])) expect(names, exception).not.toContain(exception)
    expect(names).toContain('Docker')
  })
})
