import { describe, expect, it } from 'vitest';
import { internalPaths, readContent } from '../../content';
import { INTERVIEW_FIELDS } from './interview-fields';

describe('the knowledge links of the interview', () => {
  const { library } = readContent();
  // Knowledge pages, glossary entries, and the generated pages (overview, rules over time).
  const targets = internalPaths(library);
  const linked = INTERVIEW_FIELDS.filter((f) => f.knowledgePath !== undefined);

  it('lead to a knowledge page, the rules over time or a glossary entry that exists', () => {
    const dead = linked
      .filter((f) => !targets.has(f.knowledgePath!))
      .map((f) => `${f.path}: ${f.knowledgePath}`);
    expect(dead).toEqual([]);
  });

  it('explain most questions, with pages and glossary entries both used', () => {
    expect(linked.length).toBeGreaterThanOrEqual(INTERVIEW_FIELDS.length / 2);
    expect(linked.some((f) => f.knowledgePath!.startsWith('/kunskap/'))).toBe(true);
    expect(linked.some((f) => f.knowledgePath!.startsWith('/ordlista#'))).toBe(true);
  });
});
