import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml';

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"đường" 'dây'`, '&quot;đường&quot; &apos;dây&apos;'],
    ['Học sinh, sinh viên', 'Học sinh, sinh viên'],
  ])('%s', (input, expected) => expect(escapeXml(input)).toBe(expected));
});
