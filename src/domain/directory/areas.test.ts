import { describe, expect, it } from 'vitest';
import { areaIndex, areaKind, areaName, countyOf, coveringAreas } from './areas';

describe('areas', () => {
  it('tells kommun, län and the country apart, and refuses unknown codes', () => {
    expect(areaKind('1280')).toBe('municipality');
    expect(areaKind('12')).toBe('county');
    expect(areaKind('SE')).toBe('country');
    expect(areaKind('1299')).toBeUndefined();
    expect(areaKind('02')).toBeUndefined();
  });

  it('indexes a kommun under its län too', () => {
    expect(areaIndex(['1280', '0180', '1280'])).toEqual(['01', '0180', '12', '1280']);
  });

  it('lists what serves all of a kommun: itself, its län, the country', () => {
    expect(coveringAreas('0331')).toEqual(['0331', '03', 'SE']); // Heby lies in Uppsala län
    expect(coveringAreas('12')).toEqual(['12', 'SE']);
    expect(countyOf('1280')).toBe('12');
  });

  it('names areas in both languages', () => {
    expect(areaName('1280', 'sv')).toBe('Malmö');
    expect(areaName('12', 'en')).toBe('Skåne län');
    expect(areaName('SE', 'en')).toBe('All of Sweden');
    expect(areaName('SE', 'sv')).toBe('Hela Sverige');
  });
});
