/**
 * Swedish collaboration and procurement rules as data and small pure functions.
 * `assess` is the one entry point that turns a case into an assessment.
 */
export * from './case';
export * from './assessment';
export { assess, OutsideCoverageError, COVERAGE_START, ruleSetOn } from './assess';
export { rulesCatalogue, type RulesCatalogue } from './catalogue';
export { formatSek, formatEur } from './messages/messages';
