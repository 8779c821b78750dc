/**
 * The judge: each check against its stock rule, message for message, on the
 * stock readme's examples, every Markdown file of this repository, the
 * `@example` documents of the repository's own rules and a seeded set of
 * generated Markdown; each with every setting in `settingsToTry`, with and
 * without positions.
 */
import fs from 'node:fs'
import path from 'node:path'
import {readRuleDocs, ruleDirectories} from '@moby-anatomy/rule-docs'
import {remark} from 'remark'
import {describe, expect, it} from 'vitest'
import {checks} from './checks/index.ts'
import {
  compareAll,
  compareOn,
  createTally,
  generatedInputs,
  generatedReferenceInputs,
  markdownFiles,
  messageCount,
  outcome,
  parse,
  readmeExamples,
  sameOutcome,
  stockRules,
  type Input,
  type Tally,
} from './differential-harness.ts'
import remarkLintOnePass from './index.ts'

const repository = path.resolve(import.meta.dirname, '../../..')
const rules = Object.keys(stockRules)
/**
 * Time allowed to the judge's large tests: every rule with every setting, with
 * and without positions, takes a dozen seconds alone and several times that on
 * a loaded machine. Not a speed claim (bench/cost.ts measures speed).
 */
const judgeTimeout = 600_000
/** The rules `generatedReferenceInputs` is made for. */
const referenceRules = ['no-empty-url', 'no-undefined-references', 'no-unused-definitions', 'no-duplicate-definitions', 'table-pipes', 'hard-break-spaces', 'no-consecutive-blank-lines']

/** Fail with the first mismatches in full (they say which rule, setting and input). */
function expectNoMismatch(tally: Tally): void {
  expect(tally.mismatches.slice(0, 3), `${tally.mismatches.length} mismatches of ${tally.runs} runs`).toEqual([])
}

describe('the judge covers every check', () => {
  it('has a stock rule for each check and a check for each stock rule', () => {
    expect(checks.map((check) => check.name).toSorted()).toEqual(rules.toSorted())
  })
})

describe('messages identical to the stock rule', () => {
  for (const rule of rules) {
    it(`${rule}: every example of its readme, with the option it shows and every setting to try`, () => {
      const examples = readmeExamples(rule)
      expect(examples.length).toBeGreaterThan(0)
      const inputs: Input[] = examples.flatMap((example, index) => {
        if (example.input === undefined) return []
        const name = `${index}-${example.name}`
        // With and without a final line feed, and without a trailing NUL (`␀` marks an end of file without one).
        const values = new Set([example.input, example.input + '\n', example.input.replace(/\0$/, '')])
        return [...values].map((value, variant) => ({name: variant === 0 ? name : `${variant}-${name}`, value}))
      })
      const tally = createTally()
      for (const input of [...inputs, {name: 'empty.md', value: ''}]) {
        compareAll(tally, input, [rule])
        const tree = parse(input)
        // The option each example shows (option-only examples: on every input).
        for (const example of examples) if (example.setting) compareOn(tally, rule, example.setting.value, input, tree)
      }
      expectNoMismatch(tally)
      expect(tally.messages.get(rule) ?? 0, 'the readme examples give messages').toBeGreaterThan(0)
    }, judgeTimeout)
  }

  it('every Markdown file of this repository (chapters, glossary, READMEs, rule fixtures)', () => {
    const files = markdownFiles(repository)
    expect(files.length).toBeGreaterThan(50)
    expect(files.some((file) => file.includes(`content${path.sep}handbook`))).toBe(true)
    expect(files.some((file) => file.includes(`${path.sep}test${path.sep}fixtures${path.sep}`))).toBe(true)
    const tally = createTally()
    for (const file of files) compareAll(tally, {name: path.relative(repository, file), value: fs.readFileSync(file, 'utf8')})
    expectNoMismatch(tally)
    expect(messageCount(tally)).toBeGreaterThan(100)
  }, judgeTimeout)

  it("the @example documents of this repository's own rules", () => {
    const tally = createTally()
    let documents = 0
    for (const directory of ruleDirectories()) {
      for (const example of readRuleDocs(path.join(directory, 'src', 'index.ts')).examples) {
        if (example.config.label === 'output') continue
        const value = example.config.inputHex ? Buffer.from(example.config.inputHex.replaceAll(' ', ''), 'hex').toString('utf8') : example.body
        compareAll(tally, {name: `${path.basename(directory)}/${example.config.name}`, value})
        documents++
      }
    }
    expect(documents).toBeGreaterThan(30)
    expectNoMismatch(tally)
    expect(messageCount(tally)).toBeGreaterThan(0)
  }, judgeTimeout)

  it('a seeded set of generated Markdown gives the heading, code, marker and newline rules messages, all identical', () => {
    const tally = createTally()
    for (const input of generatedInputs(20, 300)) compareAll(tally, input)
    expectNoMismatch(tally)
    // `generatedInputs` is made for the heading, code, marker and newline rules; the others get the set below.
    for (const rule of rules.filter((rule) => !referenceRules.includes(rule))) expect(tally.messages.get(rule) ?? 0, `messages of ${rule}`).toBeGreaterThan(10)
  }, judgeTimeout)

  it('a seeded set of generated references, definitions, tables, breaks and blank lines gives those rules messages, all identical', () => {
    const tally = createTally()
    // Without positions on every tenth document only: the set is large and the positionless paths are few.
    for (const [index, input] of generatedReferenceInputs(20261130, 400).entries()) compareAll(tally, input, rules, index % 10 === 0)
    expectNoMismatch(tally)
    for (const rule of referenceRules) expect(tally.messages.get(rule) ?? 0, `messages of ${rule}`).toBeGreaterThan(10)
  }, judgeTimeout)
})

describe('the judge can fail', () => {
  const input = {name: 'setext.md', value: 'Mercury\n=======\n\n## Venus\n'}
  const tree = parse(input)
  const stock = outcome(remark().use(stockRules['heading-style'] as never, 'atx') as never, tree, input)

  it('sees a missing message', () => {
    const onePass = outcome(remark().use(remarkLintOnePass, {'heading-style': 'setext'}) as never, tree, input)
    expect('messages' in stock && stock.messages.length).toBe(1)
    expect(sameOutcome(stock, onePass)).toBe(false)
  })

  it('sees a message that differs only in its fatal flag', () => {
    const onePass = outcome(remark().use(remarkLintOnePass, {'heading-style': ['error', 'atx']}) as never, tree, input)
    expect(sameOutcome(stock, onePass)).toBe(false)
    expect(sameOutcome(stock, outcome(remark().use(remarkLintOnePass, {'heading-style': 'atx'}) as never, tree, input))).toBe(true)
  })
})
