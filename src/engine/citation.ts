/**
 * A reference to the legal source of a statement: act, SFS number, chapter, section, paragraph
 * and a link. `act` and (`chapter` or `section`) are always present.
 */
export interface Citation {
  act: string;
  sfs: string | null;
  chapter: string | null;
  section: string | null;
  paragraph: string | null;
  url: string | null;
}

/** Builds a citation; fields left out are `null`. */
export function cite(
  act: string,
  parts: { sfs?: string; chapter?: string; section?: string; paragraph?: string; url?: string },
): Citation {
  if (parts.chapter === undefined && parts.section === undefined) {
    throw new Error(`citation of ${act} needs a chapter or a section`);
  }
  return {
    act,
    sfs: parts.sfs ?? null,
    chapter: parts.chapter ?? null,
    section: parts.section ?? null,
    paragraph: parts.paragraph ?? null,
    url: parts.url ?? null,
  };
}

/** A citation as a lawyer writes it: `19 kap. 25 a § LOU (2016:1145)`. */
export function formatCitation(c: Citation): string {
  const where = [
    c.chapter !== null ? `${c.chapter} kap.` : null,
    c.section !== null ? `${c.section} §` : null,
    c.paragraph !== null ? `${c.paragraph} st.` : null,
  ]
    .filter((p) => p !== null)
    .join(' ');
  const act = c.sfs !== null ? `${c.act} (${c.sfs})` : c.act;
  return where.length > 0 ? `${where} ${act}` : act;
}
