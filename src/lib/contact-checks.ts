/**
 * What was really done to check a contact, as readers see it. A re-read of the source and a
 * call to the number are different checks: a page names each for what it is, and shows a call
 * only when one was made (the facts' rule: "a source re-read is not a call").
 */

export interface ContactChecksLike {
  /** The day the source was last re-read. */
  sourceChecked: Date;
  /** A real call test, when someone dialled the number. */
  callTest?: { date: Date; result: string } | undefined;
}

/** One check to show: its kind names the label ("contact.sourceChecked", "contact.callTest"). */
export type CheckLine = { kind: 'sourceChecked'; date: Date; called: boolean } | { kind: 'callTest'; date: Date; result: string };

/** The checks to show for one contact, source first; a call line only when a call was recorded. */
export function contactCheckLines(c: ContactChecksLike): CheckLine[] {
  const lines: CheckLine[] = [{ kind: 'sourceChecked', date: c.sourceChecked, called: Boolean(c.callTest) }];
  if (c.callTest) lines.push({ kind: 'callTest', date: c.callTest.date, result: c.callTest.result });
  return lines;
}

/** The most recent check of either kind: what the review window counts from. */
export function lastChecked(c: ContactChecksLike): Date {
  return c.callTest && c.callTest.date > c.sourceChecked ? c.callTest.date : c.sourceChecked;
}
