export {defineRule, requiredOption} from './define-rule.ts'
export type {Defaults, Merged, Rule, RuleContext, RuleDefinition} from './define-rule.ts'
export {code, listOr} from './format.ts'
export {
  booleanValue,
  headerCells,
  isOptionError,
  nonEmptyString,
  optionErrorNote,
  optionProblem,
  patternWithGroup,
  reportOptionError,
  RuleOptionError,
  toPattern,
} from './options.ts'
export type {OptionCheck, OptionErrorMessage, OptionSpec} from './options.ts'
export {createReporter, placeOf} from './report.ts'
export type {Reporter, ReportOptions} from './report.ts'
