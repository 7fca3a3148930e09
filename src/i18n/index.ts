/** UI text lookup. One language today; the dictionary shape is the contract for more. */
import { vi, type UiKey } from './vi';

export type { UiKey };

/** The Vietnamese interface string for a key. */
export function t(key: UiKey): string {
  return vi[key];
}

/** A comma-separated interface string as a list (search keywords). */
export function tList(key: UiKey): string[] {
  return t(key)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
