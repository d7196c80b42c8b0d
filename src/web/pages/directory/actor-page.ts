// An entry of the directory: every fact of it in words (names of areas, goals, services and
// legal forms rather than codes), its contacts as links, its past collaborations, when it was
// last confirmed and who keeps it; a link to the challenges that fit, and for its own members a
// link to edit it.
import type { ActorRecord } from '../../../directory/index';
import { formatOrgnr } from '../../../domain/accounts/index';
import { formLabel } from '../../../domain/cases/index';
import { areaName, goalName } from '../../../domain/directory/index';
import { cpvLabel } from '../../../domain/interview/cpv-search';
import type { Lang } from '../../../engine/index';
import { html, type Html } from '../../html';
import { directoryMessages } from '../../locales/directory-messages';
import { organisationMessages } from '../../locales/organisation-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { percentText } from './actor-form-input';
import { actorMatchesHref, actorPath, DIRECTORY_PATHS } from './directory-paths';

/** What the entry page shows. */
export interface ActorPageView {
  lang: Lang;
  record: ActorRecord;
  /** the viewer is a member of the organisation that keeps the entry */
  canEdit: boolean;
}

function row(key: string, value: Html | string): Html {
  return html`<div class="summary-list__row">
    <dt class="summary-list__key">${key}</dt>
    <dd class="summary-list__value">${value}</dd>
  </div>`;
}

/** Text with its line breaks kept, as paragraphs. */
function paragraphs(text: string): Html[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(
      (p) =>
        html`<p>${p.split(/\r?\n/).map((line, i) => html`${i > 0 && html`<br />`}${line}`)}</p>`,
    );
}

function list(items: readonly (Html | string)[], none: string): Html {
  return items.length === 0
    ? html`${none}`
    : html`<ul class="list-bullet">
        ${items.map((i) => html`<li>${i}</li>`)}
      </ul>`;
}

/** Who keeps the entry, in words. */
export function provenance(lang: Lang, record: ActorRecord): string {
  const t = directoryMessages(lang).entry;
  if (record.organisationId !== null) return t.keptByOrganisation;
  return record.source === 'suggestion' ? t.suggested : t.fromImport;
}

/** The facts of an entry as a summary list (the entry page and the own entry's page). */
export function actorFacts(lang: Lang, record: ActorRecord): Html {
  const t = directoryMessages(lang);
  const e = t.entry;
  const f = t.fields;
  const registered =
    record.registeredIdeburen === null
      ? e.notGiven
      : record.registeredIdeburen
        ? record.registeredIdeburenOn !== null
          ? e.registeredSince(record.registeredIdeburenOn)
          : f.yes
        : f.no;
  const aim =
    record.workIntegrationMainAim === null
      ? e.notGiven
      : record.workIntegrationMainAim
        ? e.mainAim
        : e.notMainAim;
  const share = record.disadvantagedStaffShare;
  return html`<dl class="summary-list">
    ${row(f.orgnr, formatOrgnr(record.orgnr))} ${row(f.kind, t.kinds[record.kind])}
    ${row(
      f.legalForm,
      record.legalForm !== null
        ? organisationMessages(lang).legalForms[record.legalForm]
        : e.notGiven,
    )}
    ${row(f.registeredIdeburen, registered)}
    ${row(
      f.workIntegrationMainAim,
      html`${aim}${share !== null && html`<br />${e.shareOfStaff(percentText(share, lang))}`}`,
    )}
    ${row(
      f.areaCodes,
      list(
        record.areaCodes.map((c) => areaName(c, lang)),
        e.none,
      ),
    )}
    ${row(
      f.goals,
      list(
        record.goals.map((g) => goalName(g, lang)),
        e.none,
      ),
    )}
    ${row(
      f.cpv,
      list(
        record.cpv.map(
          (c) => html`<span class="cpv-code">${c}</span> ${cpvLabel(c, lang) ?? e.cpvUnknownLabel}`,
        ),
        e.none,
      ),
    )}
    ${row(f.capacity, record.capacity !== '' ? html`${paragraphs(record.capacity)}` : e.notGiven)}
  </dl>`;
}

function contacts(lang: Lang, record: ActorRecord): Html {
  const t = directoryMessages(lang);
  const f = t.fields;
  const phone = record.contactPhone.replace(/[^\d+]/g, '');
  const rows = [
    record.contactName !== '' && row(f.contactName, record.contactName),
    record.contactEmail !== '' &&
      row(f.contactEmail, html`<a href="mailto:${record.contactEmail}">${record.contactEmail}</a>`),
    record.contactPhone !== '' &&
      row(
        f.contactPhone,
        phone !== ''
          ? html`<a href="tel:${phone}">${record.contactPhone}</a>`
          : record.contactPhone,
      ),
    record.website !== '' &&
      row(
        f.website,
        /^https?:\/\//i.test(record.website)
          ? html`<a href="${record.website}" rel="nofollow">${record.website}</a>`
          : record.website,
      ),
  ].filter((r): r is Html => r !== false);
  // The matching pages link here as #kontakt.
  return html`<h2 id="kontakt">${t.entry.contactHeading}</h2>
    ${
      rows.length === 0
        ? html`<p>${t.entry.notGiven}</p>`
        : html`<dl class="summary-list">${rows}</dl>`
    }`;
}

function collaborations(lang: Lang, record: ActorRecord): Html | false {
  const e = directoryMessages(lang).entry;
  if (record.collaborations.length === 0) return false;
  return html`<h2>${e.collaborationsHeading}</h2>
    <ul class="list-bullet">
      ${record.collaborations.map(
        (c) =>
          html`<li>
            <strong>${c.title}</strong>
            ${[
              c.partner !== '' ? e.collaborationPartner(c.partner) : '',
              c.year !== null ? e.collaborationYear(c.year) : '',
              c.form !== null ? formLabel(c.form, lang) : '',
            ]
              .filter((s) => s !== '')
              .join(' · ')}
            ${c.description !== '' && html`<br />${c.description}`}
          </li>`,
      )}
    </ul>`;
}

/** The description, the contacts, the past collaborations and the last confirmation. */
export function actorDetails(lang: Lang, record: ActorRecord): Html {
  const t = directoryMessages(lang);
  const e = t.entry;
  return html`${
      record.description !== '' &&
      html`<h2>${t.fields.description}</h2>
        ${paragraphs(record.description)}`
    }
    ${contacts(lang, record)} ${collaborations(lang, record)}
    <p>
      <strong>${e.lastConfirmed}:</strong>
      ${record.lastConfirmedOn ?? e.notConfirmed}
    </p>
    <p class="small-note">${provenance(lang, record)}</p>`;
}

/** The entry page. */
export function renderActorPage(view: ActorPageView): string {
  const { lang, record } = view;
  const t = directoryMessages(lang);
  const e = t.entry;
  return renderPage({
    lang,
    path: actorPath(record.orgnr),
    title: `${record.name} – samverka`,
    description: record.description.slice(0, 160),
    main: html`<p class="caption">${e.caption}</p>
      <h1>${record.name}</h1>
      ${!record.listed && html`<div class="callout"><p>${e.unlistedNote}</p></div>`}
      <ul class="list-bullet">
        <li><a href="${actorMatchesHref(record.orgnr, lang)}">${e.matches}</a></li>
        ${
          view.canEdit &&
          html`<li><a href="${pathInLang(DIRECTORY_PATHS.ownEntry, lang)}">${e.edit}</a></li>`
        }
      </ul>
      <h2>${e.factsHeading}</h2>
      ${actorFacts(lang, record)} ${actorDetails(lang, record)}
      <p><a href="${pathInLang(DIRECTORY_PATHS.list, lang)}">${e.back}</a></p>`,
  });
}
