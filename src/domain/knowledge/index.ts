/**
 * The knowledge base's facts beside its text: the legal basis as citations and the checks the
 * rules make for each form on a date.
 */
export { formChecks, readCheckDate, type FormChecks, type CheckDate } from './form-checks';
export { legalBasisCitations, type LegalBasisCitation } from './legal-basis';
