/** Contacts and pages older than the review window are flagged to readers and to the build. */

/** Days a contact may go unchecked before the site says so (about six months, as the facts advise). */
export const REVIEW_WINDOW_DAYS = 180;

const DAY_MS = 86_400_000;

/** Whole days from `checked` to `now`. */
export function daysSince(checked: Date, now: Date): number {
  return Math.floor((now.getTime() - checked.getTime()) / DAY_MS);
}

/** True when `checked` is older than the review window at `now`. */
export function isStale(checked: Date, now: Date, windowDays = REVIEW_WINDOW_DAYS): boolean {
  return daysSince(checked, now) > windowDays;
}
