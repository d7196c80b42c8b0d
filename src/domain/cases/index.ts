/**
 * Saved cases, the pure part: what an assessment was made under (rule values and the fingerprint
 * of the rule data), assessing saved facts again, what changed between two assessments and why,
 * and the checks of what people type into a saved case.
 */
export * from './assessment-diff';
export * from './diff-text';
export * from './form-labels';
export * from './record-time';
export * from './rule-values';
export * from './rules-fingerprint';
export * from './saved-assessment';
export * from './saved-case-input';
export { savedCaseMessages, type SavedCaseMessages } from './locales';
