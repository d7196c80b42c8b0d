import { interviewResult } from '../domain/interview';
import type { Lang } from '../engine';
import type { MemoDocument } from '../memo/memo-document';
import { renderMemoDocx } from '../memo/memo-docx';
import { memoFromResult } from '../memo/memo-from-result';
import { renderMemoPdf } from '../memo/memo-pdf';
import { assess, type Case } from '../rules';
import { metric, type Metric } from './bench-report';
import { median } from './time-box';
import { resultPageUrl } from './web-bench';

const LANGS = ['sv', 'en'] as const;

/** The day the bench's memos are dated with (and an unknown start date is assessed on). */
const PRODUCED_ON = '2026-11-27';

type Render = (memo: MemoDocument) => Promise<Buffer>;

/**
 * The median time to produce one memo as the download route does — read the permalink of a
 * case, assess it, work out what would change the answer, build the memo and render the file —
 * over `cases` in Swedish and English, `rounds` times each. Baseline: the median time of the
 * engine's assessment of the same cases in the same languages.
 */
async function memoBench(cases: readonly Case[], rounds: number, render: Render): Promise<Metric> {
  const jobs = cases.flatMap((c) =>
    LANGS.map((lang) => ({
      c,
      lang,
      params: new URL(resultPageUrl(c, lang), 'http://localhost').searchParams,
    })),
  );
  const produce = async (params: URLSearchParams, lang: Lang): Promise<Buffer> => {
    const read = interviewResult(params, lang, PRODUCED_ON);
    if (!read.ok) throw new Error(`no memo for ${params.toString()}: ${read.errors[0]?.message}`);
    const memo = memoFromResult(read.result, {
      lang,
      producedOn: PRODUCED_ON,
      permalink: `http://localhost/vagledning/resultat?${params.toString()}`,
    });
    return render(memo);
  };
  // Warm-up: every memo once (which also proves every case yields one), fonts read, code hot.
  for (const job of jobs) await produce(job.params, job.lang);

  const memo: number[] = [];
  const engine: number[] = [];
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    for (const job of jobs) {
      const t0 = performance.now();
      const bytes = await produce(job.params, job.lang);
      memo.push(performance.now() - t0);
      sink += bytes.length;

      const t1 = performance.now();
      const assessment = assess(job.c, { lang: job.lang });
      engine.push(performance.now() - t1);
      sink += assessment.options.length;
    }
  }
  if (sink === 0) throw new Error('the memos were empty');
  return metric(median(memo), median(engine), 'ms');
}

/**
 * `docs.memo_pdf_ms`: the median time to produce a decision memo as a tagged PDF (permalink to
 * file, fonts embedded). Baseline: the engine's assessment of the same cases.
 */
export function memoPdfBench(cases: readonly Case[], rounds: number): Promise<Metric> {
  return memoBench(cases, rounds, renderMemoPdf);
}

/**
 * `docs.memo_docx_ms`: the median time to produce a decision memo as a Word document (permalink
 * to file). Baseline: the engine's assessment of the same cases.
 */
export function memoDocxBench(cases: readonly Case[], rounds: number): Promise<Metric> {
  return memoBench(cases, rounds, renderMemoDocx);
}
