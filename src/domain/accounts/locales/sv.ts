import type { AccountProblemMessages } from '../account-input';

/** Problemen med kontouppgifter, på svenska. */
export const accountProblemsSv: AccountProblemMessages = {
  required: () => 'Fyll i fältet.',
  'too-long': (p) => `Skriv högst ${p.max} tecken.`,
  'email-format': () => 'Skriv en e-postadress som namn@exempel.se.',
  'password-too-short': (p) => `Lösenordet ska vara minst ${p.min} tecken långt.`,
  'password-too-long': (p) => `Lösenordet får vara högst ${p.max} tecken långt.`,
  'password-same-as-email': () => 'Lösenordet får inte vara din e-postadress.',
  'passwords-differ': () => 'Lösenorden är inte likadana. Skriv samma lösenord två gånger.',
  'orgnr-format': () => 'Skriv organisationsnumret med tio siffror, till exempel 802000-0000.',
  'orgnr-month-digits': () =>
    'Det är inget organisationsnummer: tredje och fjärde siffran är lägre än 20 (ser ut som ett personnummer).',
  'orgnr-check-digit': () =>
    'Organisationsnumret stämmer inte: kontrollsiffran (den sista) är fel. Kontrollera numret.',
  'kind-unknown': () => 'Välj vilken sorts organisation det är.',
};
