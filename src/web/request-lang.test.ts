import { describe, expect, it } from 'vitest';
import { hrefInLang, otherLang, pathInLang } from './request-lang';

describe('language links', () => {
  it('needs no parameter for Swedish and adds ?lang=en for English', () => {
    expect(pathInLang('/', 'sv')).toBe('/');
    expect(pathInLang('/', 'en')).toBe('/?lang=en');
  });

  it('puts the language before a fragment', () => {
    expect(pathInLang('/ordlista#anbud', 'en')).toBe('/ordlista?lang=en#anbud');
    expect(pathInLang('/ordlista#anbud', 'sv')).toBe('/ordlista#anbud');
  });

  it('keeps a query and adds the language after it', () => {
    expect(hrefInLang('/vagledning/svar', 'startDate=2023-03-01', 'sv')).toBe(
      '/vagledning/svar?startDate=2023-03-01',
    );
    expect(hrefInLang('/vagledning/svar', 'startDate=2023-03-01', 'en')).toBe(
      '/vagledning/svar?startDate=2023-03-01&lang=en',
    );
    expect(hrefInLang('/vagledning', '', 'sv')).toBe('/vagledning');
    expect(hrefInLang('/vagledning', '', 'en')).toBe('/vagledning?lang=en');
  });

  it('switches between the two languages', () => {
    expect(otherLang('sv')).toBe('en');
    expect(otherLang('en')).toBe('sv');
  });
});
