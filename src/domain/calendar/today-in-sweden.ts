// The date in Sweden: an unknown start date ("Vet inte") is assessed under the rules in force
// today, and "today" is the Swedish calendar day whatever the server's time zone.
const SWEDISH_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Sweden as YYYY-MM-DD. */
export function todayInSweden(now: Date = new Date()): string {
  return SWEDISH_DATE.format(now);
}
