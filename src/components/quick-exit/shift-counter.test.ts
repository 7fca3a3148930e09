import { describe, expect, it } from 'vitest';
import { initialShiftState, MAX_GAP_MS, nextShiftState, PRESSES_TO_EXIT, type KeyLike, type ShiftState } from './shift-counter';

const key = (k: string, over: Partial<KeyLike> = {}): KeyLike => ({ key: k, repeat: false, ctrlKey: false, altKey: false, metaKey: false, ...over });
const run = (steps: Array<[KeyLike, number]>): ShiftState => steps.reduce((s, [k, t]) => nextShiftState(s, k, t), initialShiftState);

describe('nextShiftState', () => {
  it('exits after three Shift presses close together', () => {
    expect(
      run([
        [key('Shift'), 0],
        [key('Shift'), 1000],
        [key('Shift'), 2000],
      ]).count,
    ).toBe(PRESSES_TO_EXIT);
  });
  it('starts over when a press comes more than 5 s after the last', () => {
    expect(
      run([
        [key('Shift'), 0],
        [key('Shift'), 1000],
        [key('Shift'), 1001 + MAX_GAP_MS],
      ]).count,
    ).toBe(1);
  });
  it('starts over on any other key, and on Shift combined with another modifier', () => {
    expect(
      run([
        [key('Shift'), 0],
        [key('Shift'), 100],
        [key('a'), 200],
        [key('Shift'), 300],
      ]).count,
    ).toBe(1);
    expect(
      run([
        [key('Shift'), 0],
        [key('Shift', { ctrlKey: true }), 100],
      ]).count,
    ).toBe(0);
  });
  it('ignores auto-repeat from holding Shift down', () => {
    expect(
      run([
        [key('Shift'), 0],
        [key('Shift', { repeat: true }), 50],
        [key('Shift', { repeat: true }), 100],
      ]).count,
    ).toBe(1);
  });
});
