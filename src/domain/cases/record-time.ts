/** The time of a record (saved, decided, noted) as people in Sweden read it. */
const SWEDISH_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** `at` as `YYYY-MM-DD HH:MM`, Swedish time, in every language (an unambiguous form). */
export function formatRecordTime(at: Date): string {
  return SWEDISH_TIME.format(at);
}
