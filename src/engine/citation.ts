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

/**
 * A citation as a lawyer writes it: `19 kap. 25 a § LOU (2016:1145)` for a Swedish act; for an EU
 * act or a judgment, where the section is an article or a case number, `Direktiv 2014/24/EU art. 77`.
 */
export function formatCitation(c: Citation): string {
  const act = c.sfs !== null ? `${c.act} (${c.sfs})` : c.act;
  const swedishSection = c.section !== null && /^\d+( ?[a-z])?$/.test(c.section);
  if (c.section !== null && !swedishSection) return `${act} ${c.section}`;
  const where = [
    c.chapter !== null ? `${c.chapter} kap.` : null,
    c.section !== null ? `${c.section} §` : null,
    c.paragraph !== null ? `${c.paragraph} st.` : null,
  ]
    .filter((p) => p !== null)
    .join(' ');
  return where.length > 0 ? `${where} ${act}` : act;
}
