// The shape of the glossary page's texts (ordlista), and the texts by language. The entries
// themselves are content (content/ordlista.yaml); these are the words around them.
import type { GlossaryMatchField, GlossarySide } from '../../content';
import type { Lang } from '../../engine/index';
import { glossaryEn } from './glossary-en';
import { glossarySv } from './glossary-sv';

/** Every text of the glossary page, in one language. */
export interface GlossaryPageMessages {
  title: string;
  metaDescription: string;
  lead: string;
  intro: string;
  search: {
    heading: string;
    label: string;
    hint: string;
    sideLabel: string;
    /** The choices of the listing: all entries, or one side's words. */
    sideAll: string;
    sides: Record<GlossarySide, string>;
    button: string;
    showAll: string;
  };
  indexHeading: string;
  /** Heading of the result of a search: "3 träffar för ”anbud”". */
  hitsHeading: (count: number, q: string) => string;
  /** Heading of a listing by one side's words. */
  sideHeading: Record<GlossarySide, string>;
  noHits: (q: string) => string;
  searchSiteLink: string;
  /** Why an entry was found: "träffade civilsamhällets ord ”erbjudande”". */
  matched: (field: GlossaryMatchField, text: string, inOtherLang: boolean) => string;
  /** The two sides, as the entry shows them side by side. */
  says: Record<GlossarySide, string>;
  /** Column headings of a listing by one side. */
  columns: { meaning: string };
  definition: string;
  example: string;
  sources: string;
  notVerified: string;
  forms: string;
  related: string;
  entryLink: string;
  errors: {
    summaryTitle: string;
    /** Prefix of the title of a page that shows errors. */
    titlePrefix: string;
    qTooLong: (max: number, actual: number) => string;
    sideUnknown: (allowed: readonly string[], actual: string) => string;
  };
}

const catalogue: Record<Lang, GlossaryPageMessages> = { sv: glossarySv, en: glossaryEn };

/** The glossary page's texts in `lang`. */
export function glossaryMessages(lang: Lang): GlossaryPageMessages {
  return catalogue[lang];
}
