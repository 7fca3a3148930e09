import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteLocation } from './site-env';

describe('siteLocation', () => {
  it.each([
    [undefined, undefined, DEFAULT_SITE_URL, '/'],
    ['https://pcmd.example.vn', '', 'https://pcmd.example.vn', '/'],
    ['https://pcmd.example.vn/', '/pcmd', 'https://pcmd.example.vn', '/pcmd/'],
    ['http://localhost:4321', 'pcmd/', 'http://localhost:4321', '/pcmd/'],
    ['https://x.vn', '//a//b/', 'https://x.vn', '/a/b/'],
  ])('SITE_URL=%j BASE_PATH=%j', (siteUrl, basePath, site, base) => {
    expect(siteLocation(siteUrl, basePath)).toEqual({ site, base });
  });

  it.each([
    ['not a url', '', /SITE_URL/],
    ['ftp://x.vn', '', /https/],
    ['https://x.vn/sub', '', /BASE_PATH/],
    ['https://x.vn', '/a b/', /BASE_PATH/],
    ['https://x.vn', '/../etc/', /BASE_PATH/],
  ])('refuses SITE_URL=%j BASE_PATH=%j', (siteUrl, basePath, message) => {
    expect(() => siteLocation(siteUrl, basePath)).toThrow(message);
  });
});
