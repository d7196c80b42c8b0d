import { describe, expect, it } from 'vitest';
import { otherLang, pathInLang } from './request-lang';

describe('language links', () => {
  it('needs no parameter for Swedish and adds ?lang=en for English', () => {
    expect(pathInLang('/', 'sv')).toBe('/');
    expect(pathInLang('/', 'en')).toBe('/?lang=en');
  });

  it('switches between the two languages', () => {
    expect(otherLang('sv')).toBe('en');
    expect(otherLang('en')).toBe('sv');
  });
});
