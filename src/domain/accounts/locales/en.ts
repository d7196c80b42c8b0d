import type { AccountProblemMessages } from '../account-input';

/** Problems with account details, in English. */
export const accountProblemsEn: AccountProblemMessages = {
  required: () => 'Fill in this field.',
  'too-long': (p) => `Write at most ${p.max} characters.`,
  'email-format': () => 'Enter an email address like name@example.com.',
  'password-too-short': (p) => `The password must be at least ${p.min} characters long.`,
  'password-too-long': (p) => `The password can be at most ${p.max} characters long.`,
  'password-same-as-email': () => 'The password cannot be your email address.',
  'passwords-differ': () => 'The passwords are not the same. Type the same password twice.',
  'orgnr-format': () => 'Enter the organisation number as ten digits, for example 802000-0000.',
  'orgnr-month-digits': () =>
    'This is not an organisation number: the third and fourth digits are below 20 (it looks like a personal identity number).',
  'orgnr-check-digit': () =>
    'The organisation number does not add up: the check digit (the last one) is wrong. Check the number.',
  'kind-unknown': () => 'Choose what kind of organisation it is.',
};
