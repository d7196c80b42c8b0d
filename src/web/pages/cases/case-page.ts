// The page of one saved case: its summary, the saved assessment with the rules it was made under,
// the same facts under today's rules, the decision, the notes, the facts, every assessment, the
// decision memo, and the name and archiving. Members see the forms their role allows; every form
// carries the case's version, so that a change made meanwhile by someone else is caught.
import {
  latestAssessment,
  latestDecision,
  type CaseDecision,
  type SavedCase,
} from '../../../cases/index';
import { roleAllows, type Action, type Role } from '../../../domain/accounts/index';
import {
  formatRecordTime,
  formLabel,
  savedCaseMessages,
  TEXT_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  type AssessmentDiff,
  type AssessmentSnapshot,
} from '../../../domain/cases/index';
import {
  answerLabel,
  INTERVIEW_FIELDS,
  stateFromCase,
  writePermalink,
} from '../../../domain/interview/index';
import type { Lang } from '../../../engine/index';
import { FORM_IDS, type Assessment } from '../../../rules/index';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, type ErrorSummaryItem } from '../../error-summary';
import { selectField, textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { casesMessages } from '../../locales/cases-messages';
import { renderPage } from '../../page-layout';
import { interviewHref } from '../interview/interview-urls';
import { actorName, renderHistory, renderSavedAssessment } from './case-assessment-section';
import { renderTodaySection } from './case-today-section';
import { caseActionHref, caseListHref, caseMemoPath, casePath, type CaseAction } from './case-urls';
import { hrefInLang } from '../../request-lang';

/** The fields of the case page's forms. */
export type CaseField = 'title' | 'note' | 'form' | 'motivation';

/** What the case page shows. */
export interface CasePageView {
  lang: Lang;
  csrfToken: string;
  role: Role;
  saved: SavedCase;
  /** the latest saved assessment in the page's language, or in Swedish when it cannot be */
  shown: { assessment: Assessment; translated: boolean };
  today: string;
  current: AssessmentSnapshot;
  diff: AssessmentDiff;
  /** the outcome of the change just made (post-redirect-get) */
  notice?: string | undefined;
  /** a refused change: the problems at the top, by field beside the fields */
  problems?: { summary: ErrorSummaryItem[]; fields: Partial<Record<CaseField, string[]>> };
  /** what the person had typed into the form that was refused */
  input?: Partial<Record<CaseField, string>>;
}

/** The case page. */
export function renderCasePage(view: CasePageView): string {
  const { lang, saved } = view;
  const t = casesMessages(lang);
  const c = t.case;
  const summary = view.problems?.summary ?? [];
  const open = saved.status === 'open';
  const may = (action: Action) => roleAllows(view.role, action);
  const canUpdate = open && may('case.update');
  const stored = latestAssessment(saved);
  const contents: [string, string][] = [
    ['saved-assessment', c.assessment.heading],
    ['today', c.today.heading],
    ['decision', c.decision.heading],
    ['notes', c.notes.heading],
    ['facts', c.facts.heading],
    ['history', c.history.heading],
    ['memo', c.memo.heading],
    ...(may('case.update') || may('case.archive')
      ? ([['manage', c.manage.heading]] as [string, string][])
      : []),
  ];
  return renderPage({
    lang,
    path: casePath(saved.id),
    title: `${summary.length > 0 ? `${t.errorPrefix} ` : ''}${c.title(saved.title)} – samverka`,
    main: html`<p><a class="back-link" href="${caseListHref(lang, saved.status)}">${c.back}</a></p>
      ${summary.length > 0 && errorSummary(t.summaryTitle, summary)}
      ${
        view.notice !== undefined &&
        html`<div class="callout" role="status"><p>${view.notice}</p></div>`
      }
      <h1>${saved.title}</h1>
      ${!open && html`<p class="inset">${c.archivedNotice}</p>`} ${unsavedInput(view)}
      <dl class="summary-list summary-list--compact">
        ${[
          [c.status, c.statuses[saved.status]],
          [c.savedBy, t.by(formatRecordTime(saved.createdAt), actorName(saved.createdBy, lang))],
          [c.updated, formatRecordTime(saved.updatedAt)],
          [c.version, String(saved.version)],
        ].map(
          ([key, value]) =>
            html`<div class="summary-list__row">
              <dt class="summary-list__key">${key}</dt>
              <dd class="summary-list__value">${value}</dd>
            </div>`,
        )}
      </dl>
      <nav aria-label="${c.contents}">
        <ul class="list-bullet">
          ${contents.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}
        </ul>
      </nav>
      ${renderSavedAssessment(lang, saved, stored, view.shown)}
      ${renderTodaySection({
        lang,
        today: view.today,
        caseId: saved.id,
        version: saved.version,
        diff: view.diff,
        current: view.current,
        storeWith: canUpdate ? view.csrfToken : undefined,
      })}
      ${decisionSection(view, open && may('case.decide'))} ${notesSection(view, canUpdate)}
      ${factsSection(lang, saved)} ${renderHistory(lang, saved)} ${memoSection(lang, saved)}
      ${manageSection(view, canUpdate, may('case.archive'))}`,
  });
}

/**
 * What was typed into a refused form that the page cannot show again (an archived case has no
 * forms): shown as text, so that nothing typed is lost without a trace.
 */
function unsavedInput(view: CasePageView): Html {
  if (view.saved.status === 'open' || view.input === undefined) return html``;
  const c = casesMessages(view.lang).case;
  const typed = (Object.entries(view.input) as [CaseField, string][]).filter(([, v]) => v !== '');
  if (typed.length === 0) return html``;
  return html`<section class="inset" aria-labelledby="unsaved">
    <h2 id="unsaved">${c.unsavedHeading}</h2>
    <dl>
      ${typed.map(
        ([field, value]) =>
          html`<dt>${c.unsavedFields[field]}</dt>
            <dd>${multiline(value)}</dd>`,
      )}
    </dl>
  </section>`;
}

function versionField(view: CasePageView): Html {
  return html`<input type="hidden" name="version" value="${String(view.saved.version)}" />`;
}

function actionForm(view: CasePageView, action: CaseAction, body: Html): Html {
  return html`<form
    method="post"
    action="${caseActionHref(view.saved.id, action, view.lang)}"
    novalidate
  >
    ${csrfField(view.csrfToken)} ${versionField(view)} ${body}
  </form>`;
}

function decisionLine(view: CasePageView, decision: CaseDecision): Html {
  const { lang, saved } = view;
  const t = casesMessages(lang);
  const d = t.case.decision;
  const on = saved.assessments.find((a) => a.id === decision.assessmentId);
  const latest = latestAssessment(saved);
  return html`<dl class="summary-list summary-list--compact" data-decision="${decision.form}">
      <div class="summary-list__row">
        <dt class="summary-list__key">${d.form}</dt>
        <dd class="summary-list__value">${formLabel(decision.form, lang)}</dd>
      </div>
      <div class="summary-list__row">
        <dt class="summary-list__key">${d.motivation}</dt>
        <dd class="summary-list__value">${multiline(decision.motivation)}</dd>
      </div>
      <div class="summary-list__row">
        <dt class="summary-list__key">${d.decidedBy}</dt>
        <dd class="summary-list__value">
          ${t.by(formatRecordTime(decision.decidedAt), actorName(decision.decidedBy, lang))}
        </dd>
      </div>
    </dl>
    ${
      on !== undefined &&
      html`<p class="small-note">
        ${(on.id === latest.id ? d.onAssessment : d.onEarlierAssessment)(
          formatRecordTime(on.assessedAt),
          on.asOf,
        )}
      </p>`
    }`;
}

function decisionSection(view: CasePageView, canDecide: boolean): Html {
  const { lang, saved } = view;
  const t = casesMessages(lang);
  const d = t.case.decision;
  const current = latestDecision(saved);
  const earlier = saved.decisions.slice(0, -1).reverse();
  const verdicts = savedCaseMessages(lang).verdicts;
  const verdictOf = new Map(view.shown.assessment.options.map((o) => [o.form, o.verdict]));
  return html`<section aria-labelledby="decision">
    <h2 id="decision">${d.heading}</h2>
    ${
      current === undefined
        ? html`<p>${d.none}</p>`
        : html`<h3>${d.current}</h3>
            ${decisionLine(view, current)}`
    }
    ${
      earlier.length > 0 &&
      html`<h3>${d.earlier}</h3>
        ${earlier.map((e) => decisionLine(view, e))}`
    }
    ${
      canDecide &&
      actionForm(
        view,
        'decide',
        html`<p>${d.newDecisionIntro}</p>
          ${selectField({
            id: 'form',
            name: 'form',
            label: d.formLabel,
            value: view.input?.form ?? current?.form ?? '',
            errors: view.problems?.fields.form ?? [],
            errorPrefix: t.errorPrefix,
            options: [
              ['', d.chooseForm],
              ...FORM_IDS.map((f) => {
                const verdict = verdictOf.get(f);
                const label = formLabel(f, lang);
                return [
                  f,
                  verdict === undefined ? label : d.formOption(label, verdicts[verdict]),
                ] as const;
              }),
            ],
          })}
          ${textField({
            id: 'motivation',
            name: 'motivation',
            label: d.motivationLabel,
            hint: d.motivationHint,
            value: view.input?.motivation ?? '',
            errors: view.problems?.fields.motivation ?? [],
            errorPrefix: t.errorPrefix,
            rows: 5,
            maxlength: TEXT_MAX_LENGTH,
          })}
          <button type="submit" class="button">${d.button}</button>`,
      )
    }
  </section>`;
}

/** Text typed on several lines, shown on several lines. */
function multiline(text: string): Html {
  return html`${text.split('\n').map((line, i) => html`${i > 0 && html`<br />`}${line}`)}`;
}

function notesSection(view: CasePageView, canNote: boolean): Html {
  const { lang, saved } = view;
  const t = casesMessages(lang);
  const n = t.case.notes;
  return html`<section aria-labelledby="notes">
    <h2 id="notes">${n.heading}</h2>
    ${
      saved.notes.length === 0
        ? html`<p>${n.none}</p>`
        : html`<ol class="timeline">
            ${saved.notes.map(
              (note) =>
                html`<li>
                  <p>
                    <time datetime="${note.createdAt.toISOString()}"
                      >${formatRecordTime(note.createdAt)}</time
                    >
                    ${actorName(note.author, lang)}
                  </p>
                  <p>${multiline(note.body)}</p>
                </li>`,
            )}
          </ol>`
    }
    ${
      canNote &&
      actionForm(
        view,
        'note',
        html`${textField({
            id: 'note',
            name: 'note',
            label: n.label,
            hint: n.hint,
            value: view.input?.note ?? '',
            errors: view.problems?.fields.note ?? [],
            errorPrefix: t.errorPrefix,
            rows: 5,
            maxlength: TEXT_MAX_LENGTH,
          })} <button type="submit" class="button">${n.button}</button>`,
      )
    }
  </section>`;
}

function factsSection(lang: Lang, saved: SavedCase): Html {
  const f = casesMessages(lang).case.facts;
  const state = stateFromCase(saved.facts);
  const rows = INTERVIEW_FIELDS.flatMap((field) => {
    const answer = state.answers.get(field.path);
    return answer === undefined ? [] : [[field.question[lang], answerLabel(field, answer, lang)]];
  });
  return html`<section aria-labelledby="facts">
    <h2 id="facts">${f.heading}</h2>
    <p>${f.intro}</p>
    ${
      rows.length === 0
        ? html`<p>${f.none}</p>`
        : html`<table class="data-table">
            <thead>
              <tr>
                <th scope="col">${f.question}</th>
                <th scope="col">${f.answer}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                ([question, answer]) =>
                  html`<tr>
                    <th scope="row">${question}</th>
                    <td>${answer}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <p>
      <a href="${interviewHref('result', writePermalink(state), lang)}"
        >${casesMessages(lang).case.assessment.openInGuide}</a
      >
    </p>
  </section>`;
}

function memoSection(lang: Lang, saved: SavedCase): Html {
  const m = casesMessages(lang).case.memo;
  const link = (ext: 'pdf' | 'docx' | 'md', label: string) =>
    html`<li><a href="${hrefInLang(caseMemoPath(saved.id, ext), '', lang)}">${label}</a></li>`;
  return html`<section aria-labelledby="memo">
    <h2 id="memo">${m.heading}</h2>
    <p>${m.intro}</p>
    <ul class="list-bullet">
      ${link('pdf', m.pdf)} ${link('docx', m.docx)} ${link('md', m.markdown)}
    </ul>
  </section>`;
}

function manageSection(view: CasePageView, canRename: boolean, canArchive: boolean): Html {
  if (!canRename && !canArchive) return html``;
  const { lang, saved } = view;
  const t = casesMessages(lang);
  const m = t.case.manage;
  return html`<section aria-labelledby="manage">
    <h2 id="manage">${m.heading}</h2>
    ${
      canRename &&
      actionForm(
        view,
        'rename',
        html`${textField({
            id: 'title',
            name: 'title',
            label: m.titleLabel,
            value: view.input?.title ?? saved.title,
            errors: view.problems?.fields.title ?? [],
            errorPrefix: t.errorPrefix,
            widthClass: 'input--width-30',
            maxlength: TITLE_MAX_LENGTH,
          })} <button type="submit" class="button button--secondary">${m.renameButton}</button>`,
      )
    }
    ${
      canArchive &&
      (saved.status === 'open'
        ? actionForm(
            view,
            'archive',
            html`<p>${m.archiveIntro}</p>
              <button type="submit" class="button button--secondary">${m.archiveButton}</button>`,
          )
        : actionForm(
            view,
            'restore',
            html`<p>${m.restoreIntro}</p>
              <button type="submit" class="button button--secondary">${m.restoreButton}</button>`,
          ))
    }
  </section>`;
}
