/** Swedish organisationsnummer: parsing, check digit and the legal-form hint of the first digit. */
export * from './organisationsnummer';
