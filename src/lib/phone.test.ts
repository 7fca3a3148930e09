import { describe, expect, it } from 'vitest';
import { isTelHref, phoneProblem, telHref } from './phone';

describe('telHref', () => {
  it.each([
    ['113', 'tel:113'],
    ['1800 1233', 'tel:18001233'],
    ['024 3824 9517', 'tel:02438249517'],
    ['+84 24 62 844 844', 'tel:+842462844844'],
  ])('%s -> %s', (display, href) => {
    expect(telHref(display)).toBe(href);
    expect(isTelHref(href)).toBe(true);
  });

  it.each(['1800-1233', '1800  1233', ' 113', '11', '113a', '', '+', '0123 456 789 012 345 6'])('refuses %j', (display) => {
    expect(phoneProblem(display)).not.toBeNull();
    expect(() => telHref(display)).toThrow(/không hợp lệ/);
  });
});

describe('isTelHref', () => {
  it.each(['tel:1800 1233', 'tel:', 'tel:12', 'callto:113', 'tel:113;ext=1'])('refuses %j', (href) => {
    expect(isTelHref(href)).toBe(false);
  });
});
