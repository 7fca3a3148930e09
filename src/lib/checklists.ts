/**
 * Printable compliance checklists for businesses (/tai-lieu/kiem-tra/<loai>/): one A4 sheet per
 * business type, each item tied to the provision that requires it, so print never states a duty
 * the laws data does not hold.
 */
import { z } from 'astro/zod';

/** Site-absolute path of a business type's checklist sheet. */
export function checklistPath(slug: string): string {
  return `/tai-lieu/kiem-tra/${slug}/`;
}

/** An item's legal reference, written like an article's citation target: "nd-96-2016/dieu-3". */
export const checklistCite = z
  .string()
  .regex(/^[a-z0-9-]+\/dieu-\d+[a-z]?(-khoan-\d+)?$/, 'viết như "nd-96-2016/dieu-3": mã văn bản trong content/laws, "/", mã điều');

/** Split "nd-96-2016/dieu-3" into the law's file name and the provision id. */
export function parseChecklistCite(cite: string): { law: string; provision: string } {
  const slash = cite.indexOf('/');
  if (slash < 1) throw new Error(`"${cite}" không phải dạng "mã-văn-bản/mã-điều"`);
  return { law: cite.slice(0, slash), provision: cite.slice(slash + 1) };
}
