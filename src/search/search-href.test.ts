import { expect, it } from 'vitest';
import { hrefOf } from './search-href';

it('puts the language before the fragment, and none for Swedish', () => {
  expect(hrefOf('/ordlista#anbud', 'en')).toBe('/ordlista?lang=en#anbud');
  expect(hrefOf('/kunskap/iop', 'en')).toBe('/kunskap/iop?lang=en');
  expect(hrefOf('/ordlista#anbud', 'sv')).toBe('/ordlista#anbud');
});
