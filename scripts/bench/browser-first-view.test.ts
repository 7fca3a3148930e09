import { describe, expect, it } from 'vitest';
import { kindOf } from './browser-first-view.ts';

describe('kindOf', () => {
  it.each([
    ['document', 'html'],
    ['stylesheet', 'css'],
    ['script', 'js'],
    ['image', 'other'],
    ['font', 'other'],
    ['fetch', 'other'],
  ])('%s -> %s', (type, kind) => expect(kindOf(type)).toBe(kind));
});
