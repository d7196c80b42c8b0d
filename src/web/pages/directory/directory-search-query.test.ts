import { describe, expect, it } from 'vitest';
import { snippet } from './directory-list-page';
import { directoryQueryText, readDirectoryQuery } from './directory-search-query';

describe('the directory’s query', () => {
  it('reads known filters, repeated ones as lists without repeats, and the page', () => {
    const read = readDirectoryQuery({
      q: '  läxhjälp ',
      lan: '14',
      kommun: '1480',
      goal: ['aldre', 'sdg-3', 'aldre'],
      legalForm: 'stiftelse',
      registered: 'yes',
      kind: 'social-enterprise',
      workIntegration: 'no',
      page: '3',
    });
    expect(read).toEqual({
      filters: {
        q: 'läxhjälp',
        lan: '14',
        kommun: '1480',
        goals: ['aldre', 'sdg-3'],
        legalForms: ['stiftelse'],
        registered: 'yes',
        kind: 'social-enterprise',
        workIntegration: 'no',
      },
      page: 3,
      ignored: [],
    });
    expect(directoryQueryText(read.filters, read.page)).toBe(
      'q=l%C3%A4xhj%C3%A4lp&lan=14&kommun=1480&goal=aldre&goal=sdg-3&legalForm=stiftelse&registered=yes&kind=social-enterprise&workIntegration=no&page=3',
    );
  });

  it('ignores and reports what is no code, and a second value of a single filter', () => {
    const read = readDirectoryQuery({
      lan: ['14', '01'],
      kommun: '9999',
      goal: 'sdg-18',
      legalForm: ['stiftelse', 'bolag'],
      registered: 'kanske',
      page: '0',
      q: ['a', 'b'],
    });
    expect(read.filters).toMatchObject({ q: 'a', lan: '14', goals: [], legalForms: ['stiftelse'] });
    expect(read.filters.kommun).toBeUndefined();
    expect(read.page).toBe(1);
    expect(read.ignored).toEqual([
      { param: 'lan', value: '01' },
      { param: 'kommun', value: '9999' },
      { param: 'goals', value: 'sdg-18' },
      { param: 'legalForms', value: 'bolag' },
      { param: 'registered', value: 'kanske' },
      { param: 'page', value: '0' },
    ]);
  });

  it('cuts a long search and takes no value of another type', () => {
    const read = readDirectoryQuery({ q: 'x'.repeat(500), lan: { a: 1 } });
    expect(read.filters.q).toHaveLength(200);
    expect(read.filters.lan).toBeUndefined();
    expect(directoryQueryText(readDirectoryQuery({}).filters)).toBe('');
  });
});

describe('a line of a description', () => {
  it('is the first non-empty line, cut at a word', () => {
    expect(snippet('\nFörsta raden.\nAndra.')).toBe('Första raden.');
    const long = `${'ord '.repeat(80)}slut`;
    const cut = snippet(long);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(222);
    expect(cut).not.toContain('slut');
  });
});
