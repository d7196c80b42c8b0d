import type { DirectoryTexts } from '../directory-texts';

/** The words of the directory and the challenges, in English. */
export const directoryTextsEn: DirectoryTexts = {
  wholeCountry: 'All of Sweden',
  sdgGoal: (n, name) => `Goal ${n}: ${name}`,
  themes: {
    'minskat-utanforskap': 'Less exclusion',
    'klimat-och-miljo': 'Climate and environment',
    'trygg-livsmiljo': 'Safe neighbourhoods',
    'arbete-och-sysselsattning': 'Work and employment',
    'barn-och-unga': 'Children and young people',
    aldre: 'Older people',
    'psykisk-halsa': 'Mental health',
    integration: 'Integration and settling in',
    utbildning: 'Education and learning',
    jamstalldhet: 'Gender equality',
    funktionsratt: 'Disability rights',
    hemloshet: 'Homelessness and housing',
    beroende: 'Addiction',
    'vald-i-nara-relationer': 'Domestic violence',
    'kultur-och-fritid': 'Culture and leisure',
    'mat-och-livsmedel': 'Food',
  },
  statuses: {
    ide: 'Idea',
    dialog: 'Dialogue',
    'upphandling-partnerskap': 'Procurement or partnership',
    pagar: 'Under way',
    avslutad: 'Finished',
  },
  problems: {
    required: () => 'Fill in this field.',
    'too-long': (p) => `Use at most ${p.max} characters.`,
    'too-many': (p) => `Give at most ${p.max}.`,
    'orgnr-format': () => 'Write the organisation number with ten digits, for example 802000-0000.',
    'orgnr-month-digits': () =>
      'This is not an organisation number: the third and fourth digits are below 20 (it looks like a personal identity number).',
    'orgnr-check-digit': () =>
      'The organisation number is wrong: its check digit (the last one) does not match.',
    'kind-unknown': (p) =>
      `"${p.value}" is not a known kind of organisation (ideburen, social-enterprise).`,
    'legal-form-unknown': (p) =>
      `"${p.value}" is not a known legal form (ideell-forening, stiftelse, ekonomisk-forening, svb-aktiebolag, aktiebolag, trossamfund, other).`,
    'yes-no': (p) => `Answer yes or no, not "${p.value}".`,
    'share-format': (p) => `Write the share as a percentage, for example 35 %, not "${p.value}".`,
    'share-range': () => 'The share must be between 0 and 100 %.',
    'date-format': (p) => `Write the date as YYYY-MM-DD, not "${p.value}".`,
    'date-order': () => 'The end cannot come before the start.',
    'area-unknown': (p) =>
      `"${p.value}" is not a municipality or county code (four digits for a municipality, two for a county, SE for the whole country).`,
    'goal-unknown': (p) => `"${p.value}" is not a known goal or theme.`,
    'cpv-format': (p) =>
      `"${p.value}" is not a CPV code. Write eight digits and the check digit, for example 85311000-2.`,
    'cpv-unknown': (p) => `The CPV code ${p.value} is not in CPV 2008.`,
    'cpv-check-digit': (p) => `The check digit of ${p.value} is wrong; the code is ${p.expected}.`,
    'email-format': () => 'Write an e-mail address such as name@example.com.',
    'url-format': () => 'Write a web address starting with https://.',
    'year-format': (p) => `Write the year with four digits, not "${p.value}".`,
    'form-unknown': (p) => `"${p.value}" is not a known collaboration form.`,
    'status-unknown': (p) => `"${p.value}" is not a known status.`,
    'amount-format': (p) =>
      `Write the amount in whole kronor, for example 1 200 000, not "${p.value}".`,
    'case-invalid': (p) => `The case facts are not right: ${p.detail}`,
  },
};
