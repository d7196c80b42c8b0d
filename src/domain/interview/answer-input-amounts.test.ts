import { describe, expect, it } from 'vitest';
import { interviewField, readAnswer } from './index';

const field = interviewField('estimatedValueSek')!;

describe('an amount as people write it', () => {
  it.each([
    ['500,000', 'en', 500_000],
    ['SEK 1,200,000', 'en', 1_200_000],
    ['1.200.000 kr', 'sv', 1_200_000],
    ['500 000 kr', 'sv', 500_000],
  ] as const)('reads %s (%s)', (text, lang, expected) => {
    expect(readAnswer(field, { answer: text }, lang)).toEqual({
      ok: true,
      answer: { kind: 'value', value: expected },
    });
  });

  it.each(['500,5', '1,20,000', '12,3456'])('refuses %s, which is not whole kronor', (text) => {
    expect(readAnswer(field, { answer: text }, 'sv').ok).toBe(false);
  });
});
