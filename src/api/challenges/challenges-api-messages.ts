// The API's own words about challenges and conversations, in Swedish and English.
import type { Lang } from '../../engine';

interface ChallengesApiMessages {
  challengeNotFound: string;
  interestNotFound: string;
  versionConflict: (current: number) => string;
  ownChallenge: string;
  closed: string;
}

const sv: ChallengesApiMessages = {
  challengeNotFound: 'det finns ingen utmaning med det här id:t som du kan se här',
  interestNotFound: 'det finns inget samtal med det här id:t som din organisation deltar i',
  versionConflict: (v) =>
    `utmaningen har ändrats sedan den version du skickade; den är nu version ${v}. Inget ändrades: läs den igen och gör om ändringen om den behövs.`,
  ownChallenge: 'en organisation anmäler inte intresse för något den själv har lagt upp',
  closed: 'utmaningen är avslutad och tar inte emot nytt intresse',
};

const en: ChallengesApiMessages = {
  challengeNotFound: 'there is no challenge with this id that you can see here',
  interestNotFound: 'there is no conversation with this id that your organisation takes part in',
  versionConflict: (v) =>
    `the challenge has changed since the version you sent; it is now version ${v}. Nothing was changed: read it again and repeat the change if it is still needed.`,
  ownChallenge: 'an organisation does not register interest in something it posted itself',
  closed: 'the challenge is closed and takes no new interest',
};

/** The texts in `lang`. */
export function challengesApiMessages(lang: Lang): ChallengesApiMessages {
  return lang === 'en' ? en : sv;
}
