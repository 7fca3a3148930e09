import { describe, expect, it } from 'vitest';
import { pickInstalledBrowser, SYSTEM_BROWSERS } from './browser.ts';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('which browser the tests drive', () => {
  it('takes CHROME_PATH first, even when a system browser exists', () => {
    const found = pickInstalledBrowser({ CHROME_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', '/usr/bin/chromium'));
    expect(found).toEqual({ path: '/opt/chrome/chrome', source: 'CHROME_PATH', env: {} });
  });

  it('stops with one line naming a CHROME_PATH that does not exist', () => {
    let error: Error | undefined;
    try {
      pickInstalledBrowser({ CHROME_PATH: '/khong/co/chrome' }, only('/usr/bin/chromium'));
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toContain('CHROME_PATH="/khong/co/chrome" không tồn tại');
    expect(error?.stack?.split('\n')).toHaveLength(1);
  });

  it('then an installed Chromium or Chrome, in the listed order', () => {
    expect(pickInstalledBrowser({}, only('/usr/bin/google-chrome', '/usr/bin/chromium'))?.path).toBe('/usr/bin/chromium');
    const mac = SYSTEM_BROWSERS.find((path) => path.startsWith('/Applications/')) ?? '';
    expect(pickInstalledBrowser({}, only(mac))).toMatchObject({ source: 'system', path: mac });
  });

  it('leaves the choice to the packaged Chromium when the machine has none', () => {
    expect(pickInstalledBrowser({ CHROME_PATH: '  ' }, only())).toBeUndefined();
  });
});
