/**
 * Counts Shift presses for the quick exit: three presses of Shift alone, each within
 * the time limit of the one before, trigger it. Any other key resets the count.
 * Modelled on GOV.UK's "Exit this page" (Shift, not Escape: Escape stops page loads).
 */
export const PRESSES_TO_EXIT = 3;
export const MAX_GAP_MS = 5000;

export interface ShiftState {
  count: number;
  lastAt: number;
}

export const initialShiftState: ShiftState = { count: 0, lastAt: 0 };

export interface KeyLike {
  key: string;
  repeat: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The next state after a key press at time `now` (ms). `count === PRESSES_TO_EXIT` means exit. */
export function nextShiftState(state: ShiftState, key: KeyLike, now: number): ShiftState {
  if (key.key !== 'Shift' || key.ctrlKey || key.altKey || key.metaKey) return initialShiftState;
  if (key.repeat) return state;
  const fresh = state.count === 0 || now - state.lastAt > MAX_GAP_MS;
  return { count: fresh ? 1 : Math.min(state.count + 1, PRESSES_TO_EXIT), lastAt: now };
}
