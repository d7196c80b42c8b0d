// Texts of the inline term explanations, in both languages.
import type { Lang } from '../../engine/index';

/** The texts around a term's explanation. */
export interface TermMessages {
  /** Before the civil-society words: "also said". */
  alsoSaid: string;
  /** The link from an explanation to the glossary entry. */
  readMore: string;
  close: string;
  /** Heading of the list of terms explained on a page. */
  footerHeading: string;
  footerIntro: string;
}

const messages: Record<Lang, TermMessages> = {
  sv: {
    alsoSaid: 'Kallas också',
    readMore: 'Mer i ordlistan',
    close: 'Stäng',
    footerHeading: 'Ord som förklaras på sidan',
    footerIntro:
      'Välj ett understruket ord i texten för att se vad det betyder. Alla ord finns i ordlistan:',
  },
  en: {
    alsoSaid: 'Also called',
    readMore: 'More in the glossary',
    close: 'Close',
    footerHeading: 'Words explained on this page',
    footerIntro:
      'Choose an underlined word in the text to see what it means. All of them are in the glossary:',
  },
};

/** The term texts in `lang`. */
export function termMessages(lang: Lang): TermMessages {
  return messages[lang];
}
