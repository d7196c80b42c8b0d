// The directory API's own words, in Swedish and English.
import type { Lang } from '../../engine';

interface DirectoryApiMessages {
  notFound: string;
  notAnActor: string;
  notAPublicBody: string;
  conflict: string;
  orgnrMismatch: string;
  noEntry: string;
}

const sv: DirectoryApiMessages = {
  notFound: 'det finns ingen aktör med det här organisationsnumret i katalogen',
  notAnActor: 'en offentlig organisation har ingen egen post i katalogen',
  notAPublicBody: 'bara offentliga organisationer kan föreslå organisationer till katalogen',
  conflict:
    'posten har ändrats sedan versionen du skickade; läs den igen och gör om ändringen om den fortfarande behövs',
  orgnrMismatch: 'organisationsnumret i kroppen är inte det i adressen',
  noEntry: 'din organisation har ingen post i katalogen än',
};

const en: DirectoryApiMessages = {
  notFound: 'there is no actor with this organisation number in the directory',
  notAnActor: 'a public body has no entry of its own in the directory',
  notAPublicBody: 'only public bodies can suggest organisations for the directory',
  conflict:
    'the entry has changed since the version you sent; read it again and repeat the change if it is still needed',
  orgnrMismatch: 'the organisation number in the body is not the one in the address',
  noEntry: 'your organisation has no entry in the directory yet',
};

/** The messages in `lang`. */
export function directoryApiMessages(lang: Lang): DirectoryApiMessages {
  return lang === 'sv' ? sv : en;
}
