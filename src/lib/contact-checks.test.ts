import { describe, expect, it } from 'vitest';
import { contactCheckLines, lastChecked } from './contact-checks';

const reread = new Date('2026-11-22');
const called = { date: new Date('2026-12-01'), result: 'Tổng đài viên trả lời ngay, xác nhận miễn phí.' };

describe('contact checks', () => {
  it('shows only the source re-read, and says no call was made, when nobody dialled the number', () => {
    expect(contactCheckLines({ sourceChecked: reread })).toEqual([{ kind: 'sourceChecked', date: reread, called: false }]);
  });
  it('shows a call test as its own line only when one is recorded', () => {
    const lines = contactCheckLines({ sourceChecked: reread, callTest: called });
    expect(lines.map((l) => l.kind)).toEqual(['sourceChecked', 'callTest']);
    expect(lines[1]).toMatchObject({ date: called.date, result: called.result });
  });
  it('counts the review window from the latest check of either kind', () => {
    expect(lastChecked({ sourceChecked: reread })).toEqual(reread);
    expect(lastChecked({ sourceChecked: reread, callTest: called })).toEqual(called.date);
    expect(lastChecked({ sourceChecked: new Date('2026-12-03'), callTest: called })).toEqual(new Date('2026-12-03'));
  });
});
