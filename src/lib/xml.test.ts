import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml';

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"đường" 'dây'`, '&quot;đường&quot; &apos;dây&apos;'],
    ['Học sinh, sinh viên', 'Học sinh, sinh viên'],
    ['<b>"x"</b>', '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'],
    ['https://x.vn/?a=1&b=2', 'https://x.vn/?a=1&amp;b=2'],
  ])('%s', (input, expected) => expect(escapeXml(input)).toBe(expected));
});
