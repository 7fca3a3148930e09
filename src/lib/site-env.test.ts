import { describe, expect, it } from 'vitest';
import { DEFAULT_QUICK_EXIT_URL, DEFAULT_SITE_URL, isPlaceholderSite, quickExitLocation, siteLocation, siteUrlFromEnv } from './site-env';

describe('siteLocation', () => {
  it.each([
    [undefined, undefined, DEFAULT_SITE_URL, '/'],
    ['https://pcmd.example.vn', '', 'https://pcmd.example.vn', '/'],
    ['https://pcmd.example.vn/', '/pcmd', 'https://pcmd.example.vn', '/pcmd/'],
    ['http://localhost:4321', 'pcmd/', 'http://localhost:4321', '/pcmd/'],
    ['https://x.vn', '//a//b/', 'https://x.vn', '/a/b/'],
    ['https://x.vn', '/v1.2/', 'https://x.vn', '/v1.2/'],
  ])('SITE_URL=%j BASE_PATH=%j', (siteUrl, basePath, site, base) => {
    expect(siteLocation(siteUrl, basePath)).toEqual({ site, base });
  });

  it.each([
    ['not a url', '', /SITE_URL/],
    ['ftp://x.vn', '', /https/],
    ['https://x.vn/sub', '', /BASE_PATH/],
    ['https://x.vn', '/a b/', /BASE_PATH/],
    ['https://x.vn', '/../etc/', /BASE_PATH/],
    // Browsers send /x for /./x, so host rules written for /./ would never match (review L2).
    ['https://x.vn', './', /BASE_PATH "\.\/".*không có đoạn "\."/],
    ['https://x.vn', 'a/./b', /BASE_PATH/],
    ['https://x.vn', '/a/.../', /BASE_PATH/],
  ])('refuses SITE_URL=%j BASE_PATH=%j', (siteUrl, basePath, message) => {
    expect(() => siteLocation(siteUrl, basePath)).toThrow(message);
  });

  it('names the host variable the address came from', () => {
    expect(() => siteLocation('khong-phai-dia-chi', '', 'CF_PAGES_URL')).toThrow(/^CF_PAGES_URL "khong-phai-dia-chi"/);
  });
});

describe('siteUrlFromEnv', () => {
  it.each([
    [{}, undefined, undefined],
    [{ SITE_URL: ' https://a.vn ', URL: 'https://b.netlify.app', NETLIFY: 'true' }, 'https://a.vn', 'SITE_URL'],
    [{ URL: 'https://b.netlify.app', NETLIFY: 'true' }, 'https://b.netlify.app', 'URL'],
    // A URL variable outside Netlify's build means nothing.
    [{ URL: 'https://b.netlify.app' }, undefined, undefined],
    [{ CF_PAGES: '1', CF_PAGES_URL: 'https://abc.pcmd.pages.dev' }, 'https://abc.pcmd.pages.dev', 'CF_PAGES_URL'],
    [{ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'pcmd.vercel.app' }, 'https://pcmd.vercel.app', 'VERCEL_PROJECT_PRODUCTION_URL'],
  ])('%j -> %s', (env, value, variable) => {
    expect(siteUrlFromEnv(env)).toEqual({ value, variable });
  });
});

describe('isPlaceholderSite', () => {
  it('knows the placeholder, and only it', () => {
    expect(isPlaceholderSite(DEFAULT_SITE_URL)).toBe(true);
    expect(isPlaceholderSite('https://xa-vidu.gov.vn')).toBe(false);
  });
});

describe('quickExitLocation', () => {
  const site = 'https://pcmd.vn';
  it('keeps the default when unset, and a full https address on another site', () => {
    expect(quickExitLocation(undefined, site)).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(quickExitLocation('  ', site)).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(quickExitLocation('https://vnexpress.net/thoi-tiet', site)).toBe('https://vnexpress.net/thoi-tiet');
  });
  it.each([
    // Read as a path on this site: the reader would land on our own 404 (review M2).
    ['nchmf.gov.vn', /QUICK_EXIT_URL "nchmf\.gov\.vn" không phải địa chỉ đầy đủ/],
    // Blocked by the CSP: the page would blank and stay.
    ['javascript:alert(1)', /QUICK_EXIT_URL "javascript:alert\(1\)" phải bắt đầu bằng https:\/\//],
    ['http://nchmf.gov.vn/', /phải bắt đầu bằng https:\/\//],
    ['https://pcmd.vn/an-toan/', /trỏ về chính trang này/],
  ])('refuses %j in one line naming the variable', (raw, message) => {
    expect(() => quickExitLocation(raw, site)).toThrow(message);
    try {
      quickExitLocation(raw, site);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
      expect((e as Error).message).toContain(`QUICK_EXIT_URL=${DEFAULT_QUICK_EXIT_URL}`);
    }
  });
});
