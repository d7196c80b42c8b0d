import { describe, expect, it } from 'vitest';
import { specExamples, verdictMatches } from '../../../domain/assessment/spec-examples.fixture';
import { formatCitation, LANGS } from '../../../engine/index';
import { assess, FORM_IDS, VERDICTS, type Case } from '../../../rules/index';
import { webMessages } from '../../locales/index';
import { withAnswer, writePermalink } from '../../../domain/interview/index';
import {
  attributeValues,
  decode,
  permalinkOfCase,
  stateOfCase,
  useServer,
  withoutTermExplanations,
} from './interview-pages.fixture';
import { GOAL_FORMS } from './result-page';

const server = useServer();

/** Each form's verdict as the page's `data-form` and `data-verdict` attributes say it. */
function verdictsOnPage(page: string): Map<string, string> {
  const blocks = [...page.matchAll(/data-form="([a-z-]+)"\s+data-verdict="([a-z-]+)"/g)].map(
    (m) => [m[1] ?? '', m[2] ?? ''] as const,
  );
  return new Map(blocks);
}

describe.each(specExamples().map((e) => [e.file, e] as const))('worked example %s', (_f, ex) => {
  it.each(LANGS)('gives the expected verdicts on the result page in %s', async (lang) => {
    const permalink = permalinkOfCase(ex.case as unknown as Case);
    const response = await server().inject({
      url: `/vagledning/resultat?${permalink}${lang === 'en' ? '&lang=en' : ''}`,
    });
    expect(response.statusCode).toBe(200);
    const verdicts = verdictsOnPage(response.body);
    expect([...verdicts.keys()].sort()).toEqual([...FORM_IDS].sort());
    for (const { form, verdict } of ex.expect) {
      expect(verdictMatches(verdict, verdicts.get(form) ?? ''), `${form}: ${verdict}`).toBe(true);
    }
  });
});

describe('the result page', () => {
  const c = specExamples().find((e) => e.file.startsWith('05'))?.case as unknown as Case;
  const permalink = writePermalink(
    withAnswer(stateOfCase(c), 'goal', { kind: 'value', value: 'buy' }),
  );

  it.each(LANGS)('groups every form under its verdict, in %s', async (lang) => {
    const t = webMessages(lang).interview.result;
    const response = await server().inject({
      url: `/vagledning/resultat?${permalink}${lang === 'en' ? '&lang=en' : ''}`,
    });
    const page = response.body;
    const assessment = assess(c, { lang });
    for (const verdict of VERDICTS) {
      const start = page.indexOf(`id="group-${verdict}"`);
      expect(start).toBeGreaterThan(-1);
      const next = VERDICTS.slice(VERDICTS.indexOf(verdict) + 1)
        .map((v) => page.indexOf(`id="group-${v}"`))
        .find((i) => i > -1);
      const group = page.slice(start, next ?? page.indexOf('class="regime-box"'));
      expect(group).toContain(`<h2>${t.groups[verdict].heading}</h2>`);
      const inGroup = [...verdictsOnPage(group).entries()];
      expect(inGroup.every(([, v]) => v === verdict)).toBe(true);
      expect(inGroup.map(([f]) => f).sort()).toEqual(
        assessment.options
          .filter((o) => o.verdict === verdict)
          .map((o) => o.form)
          .sort(),
      );
    }
  });

  it('shows reasons, conditions and risks with their provisions linked to the source', async () => {
    const response = await server().inject({ url: `/vagledning/resultat?${permalink}` });
    // Glossary terms in the texts are explained in place; read as text, the words are the rules'.
    const page = decode(withoutTermExplanations(response.body));
    const assessment = assess(c, { lang: 'sv' });
    for (const option of assessment.options) {
      for (const reason of [...option.reasons, ...option.conditions, ...option.risks]) {
        expect(page).toContain(reason.text);
        for (const citation of reason.citations) {
          const text = formatCitation(citation);
          expect(page).toContain(
            citation.url !== null ? `<a href="${citation.url}">${text}</a>` : text,
          );
        }
      }
    }
  });

  it('shows the rules that apply, what would change the answer, open questions and what is unverified', async () => {
    const response = await server().inject({ url: `/vagledning/resultat?${permalink}` });
    const page = decode(withoutTermExplanations(response.body));
    const t = webMessages('sv').interview.result;
    const assessment = assess(c, { lang: 'sv' });
    expect(page).toContain(t.regimeHeading);
    expect(page).toContain(assessment.ruleSet.id);
    expect(page).toContain(t.changesHeading);
    expect(page).toContain(t.openHeading);
    for (const q of assessment.questions) {
      expect(page).toContain(`href="/vagledning/fraga/${q.field}?${permalink}"`);
    }
    expect(page).toContain(t.unverifiedHeading);
    for (const r of assessment.unverified) expect(page).toContain(r.text);
  });

  it('links to the memo in three formats and back to the answers, keeping the language', async () => {
    const response = await server().inject({ url: `/vagledning/resultat?${permalink}&lang=en` });
    const hrefs = attributeValues(response.body, 'href');
    for (const ext of ['pdf', 'docx', 'md']) {
      expect(hrefs).toContain(`/vagledning/beslutsunderlag.${ext}?${permalink}&lang=en`);
    }
    expect(hrefs).toContain(`/vagledning/svar?${permalink}&lang=en`);
  });

  it('lists first, in each group, the forms that fit the goal', async () => {
    const response = await server().inject({ url: `/vagledning/resultat?${permalink}` });
    const order = [...verdictsOnPage(response.body).entries()];
    for (const verdict of VERDICTS) {
      const forms = order.filter(([, v]) => v === verdict).map(([f]) => f);
      const fits = forms.map((f) => (GOAL_FORMS.buy as readonly string[]).includes(f));
      // Once a form that does not fit appears, no form that fits follows it.
      expect(fits.indexOf(false) === -1 || !fits.slice(fits.indexOf(false)).includes(true)).toBe(
        true,
      );
    }
    expect(response.body).toContain(webMessages('sv').interview.result.matchesGoal);
  });

  it('says when the threshold in kronor is missing, and gives it in euro', async () => {
    const response = await server().inject({
      url: '/vagledning/resultat?startDate=2026-03-01&buyer.kind=municipality&subject.type=services&subject.cpv=90910000-9&estimatedValueSek=500000',
    });
    expect(response.statusCode).toBe(200);
    const assessment = assess(
      {
        startDate: '2026-03-01',
        buyer: { kind: 'municipality' },
        subject: { type: 'services', cpv: ['90910000-9'] },
        estimatedValueSek: 500000,
      },
      { lang: 'sv' },
    );
    // The SEK thresholds for 2026 are not published in the sources samverka holds.
    expect(assessment.regime.threshold?.sek).toBeNull();
    expect(assessment.regime.threshold?.eur).not.toBeNull();
    const box = response.body.slice(response.body.indexOf('class="regime-box"'));
    expect(box).toContain(webMessages('sv').interview.result.missingSek);
    expect(box).toMatch(/\d euro\)/);
  });

  it('says which day stands in for an unknown start date', async () => {
    const response = await server().inject({ url: '/vagledning/resultat?startDate=unknown' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/class="inset">[^<]*\d{4}-\d{2}-\d{2}/);
  });
});
