// The API's own words about challenges and conversations, in Swedish and English.
import type { Lang } from '../../engine';

interface ChallengesApiMessages {
  challengeNotFound: string;
  interestNotFound: string;
  versionConflict: (current: number) => string;
  ownChallenge: string;
  closed: string;
  actorNotFound: string;
  notClaimed: string;
  ownOrganisation: string;
  contactClosed: string;
}

const sv: ChallengesApiMessages = {
  challengeNotFound: 'det finns ingen utmaning med det här id:t som du kan se här',
  interestNotFound: 'det finns inget samtal med det här id:t som din organisation deltar i',
  versionConflict: (v) =>
    `utmaningen har ändrats sedan den version du skickade; den är nu version ${v}. Inget ändrades: läs den igen och gör om ändringen om den behövs.`,
  ownChallenge: 'en organisation anmäler inte intresse för något den själv har lagt upp',
  closed: 'utmaningen är avslutad och tar inte emot nytt intresse',
  actorNotFound: 'det finns ingen post i katalogen med det här organisationsnumret',
  notClaimed:
    'organisationen har inte tagit hand om sin post i katalogen, så det finns ingen i samverka att skriva till; använd kontaktuppgifterna i posten',
  ownOrganisation: 'det här är er egen organisation',
  contactClosed: 'utmaningen är avslutad; ni kan inte skriva till nya organisationer om den',
};

const en: ChallengesApiMessages = {
  challengeNotFound: 'there is no challenge with this id that you can see here',
  interestNotFound: 'there is no conversation with this id that your organisation takes part in',
  versionConflict: (v) =>
    `the challenge has changed since the version you sent; it is now version ${v}. Nothing was changed: read it again and repeat the change if it is still needed.`,
  ownChallenge: 'an organisation does not register interest in something it posted itself',
  closed: 'the challenge is closed and takes no new interest',
  actorNotFound: 'there is no directory entry with this organisationsnummer',
  notClaimed:
    'the organisation has not taken charge of its directory entry, so there is nobody in samverka to write to; use the contact details in the entry',
  ownOrganisation: 'this is your own organisation',
  contactClosed: 'the challenge is closed; you cannot write to new organisations about it',
};

/** The texts in `lang`. */
export function challengesApiMessages(lang: Lang): ChallengesApiMessages {
  return lang === 'en' ? en : sv;
}
