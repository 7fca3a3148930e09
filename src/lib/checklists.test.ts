import { describe, expect, it } from 'vitest';
import { checklistCite, checklistPath, parseChecklistCite } from './checklists';

describe('checklists', () => {
  it('puts each sheet under /tai-lieu/kiem-tra/', () => {
    expect(checklistPath('luu-tru')).toBe('/tai-lieu/kiem-tra/luu-tru/');
  });

  it('splits a reference into law and provision', () => {
    expect(parseChecklistCite('nd-282-2025/dieu-27-khoan-3')).toEqual({ law: 'nd-282-2025', provision: 'dieu-27-khoan-3' });
    expect(() => parseChecklistCite('dieu-3')).toThrow(/mã-văn-bản\/mã-điều/);
  });

  it('accepts only "law/provision" references', () => {
    expect(checklistCite.safeParse('nd-96-2016/dieu-3').success).toBe(true);
    expect(checklistCite.safeParse('nd-283-2026/dieu-27-khoan-3').success).toBe(true);
    for (const bad of ['nd-96-2016', 'nd-96-2016/3', 'Điều 3 NĐ 96', 'nd-96-2016/dieu-3/khoan-2']) {
      expect(checklistCite.safeParse(bad).success, bad).toBe(false);
    }
  });
});
