import { describe, expect, it } from 'vitest';
import {
  validateActorInput,
  share,
  listItems,
  isCalendarDate,
  type ActorRawInput,
} from './actor-input';
import { directoryProblemText } from './directory-texts';

// A made-up organisationsnummer with a correct check digit (Luhn).
const ORGNR = '802479-2288';

function problemsOf(raw: ActorRawInput) {
  const result = validateActorInput(raw);
  return result.ok ? [] : result.problems;
}

describe('validateActorInput', () => {
  it('accepts a full entry in the loose shapes forms and files give', () => {
    const result = validateActorInput({
      orgnr: ORGNR,
      name: '  Träffpunkt Söder  ',
      kind: 'ideburen',
      legalForm: 'ideell-forening',
      registeredIdeburen: 'ja',
      registeredIdeburenOn: '2023-03-01',
      workIntegrationMainAim: 'nej',
      disadvantagedStaffShare: '35 %',
      areaCodes: '1280|12',
      goals: ['sdg-3', 'aldre'],
      cpv: '85311000',
      description: 'Vi bryter ensamhet bland äldre.',
      contactEmail: 'info@traffpunkt.se',
      website: 'https://traffpunkt.se',
      collaborations: [{ title: 'Mötesplats', partner: 'Malmö stad', year: '2023', form: 'iop' }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      orgnr: '8024792288',
      name: 'Träffpunkt Söder',
      registeredIdeburen: true,
      workIntegrationMainAim: false,
      disadvantagedStaffShare: 0.35,
      areaCodes: ['1280', '12'],
      goals: ['sdg-3', 'aldre'],
      cpv: ['85311000-2'],
      collaborations: [{ title: 'Mötesplats', partner: 'Malmö stad', year: 2023, form: 'iop' }],
    });
  });

  it('names every field that is wrong, with the value', () => {
    const problems = problemsOf({
      orgnr: '802479-2289',
      name: '',
      legalForm: 'forening',
      registeredIdeburen: 'kanske',
      disadvantagedStaffShare: '130 %',
      areaCodes: '1280|9999',
      goals: 'sdg-18',
      cpv: '85311000-3',
      contactEmail: 'nope',
      website: 'ftp://x.se',
      registeredIdeburenOn: '2023-02-30',
    });
    expect(problems.map((p) => [p.field, p.problem.code])).toEqual([
      ['orgnr', 'orgnr-check-digit'],
      ['name', 'required'],
      ['legalForm', 'legal-form-unknown'],
      ['registeredIdeburen', 'yes-no'],
      ['registeredIdeburenOn', 'date-format'],
      ['disadvantagedStaffShare', 'share-range'],
      ['areaCodes', 'area-unknown'],
      ['goals', 'goal-unknown'],
      ['cpv', 'cpv-check-digit'],
      ['contactEmail', 'email-format'],
      ['website', 'url-format'],
    ]);
  });

  it('words each problem in Swedish and in English', () => {
    const [area] = problemsOf({ orgnr: ORGNR, name: 'X', areaCodes: '9999' });
    expect(directoryProblemText(area!.problem, 'sv')).toContain('9999');
    expect(directoryProblemText(area!.problem, 'en')).toMatch(/municipality or county code/);
    const [cpv] = problemsOf({ orgnr: ORGNR, name: 'X', cpv: '85311000-3' });
    expect(directoryProblemText(cpv!.problem, 'en')).toContain('85311000-2');
  });

  it('points into the list of collaborations', () => {
    const problems = problemsOf({
      orgnr: ORGNR,
      name: 'X',
      collaborations: [{ title: 'A' }, { title: '', year: '23', form: 'gift' }],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'collaborations[1].title',
      'collaborations[1].year',
      'collaborations[1].form',
    ]);
  });
});

describe('share', () => {
  const noProblem = () => {
    throw new Error('unexpected problem');
  };
  it.each([
    ['35 %', 0.35],
    ['35%', 0.35],
    ['35', 0.35],
    ['0,35', 0.35],
    ['0.35', 0.35],
    [0.3, 0.3],
    ['1', 1],
    ['', null],
  ])('%s is %s', (input, expected) => {
    expect(share('s', input, noProblem)).toBe(expected);
  });
});

describe('listItems and dates', () => {
  it('splits on bars, commas and new lines', () => {
    expect(listItems('1280| 1281,\n12')).toEqual(['1280', '1281', '12']);
    expect(listItems(['a', '', ' b '])).toEqual(['a', 'b']);
  });
  it('knows real days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-2-1')).toBe(false);
  });
});
