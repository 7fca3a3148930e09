/**
 * The ready-made host files a commune uses instead of writing its own: they parse, and every
 * command they run exists in package.json, with the Node, output folder and site address the
 * build expects. (What the hosts then do with them cannot be run offline.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './helpers/astro-run.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
const pinnedNodeMajor = (pkg.devDependencies.node ?? '').split('.')[0];

/** Problems with the npm commands in a shell line: unknown scripts. */
function unknownScripts(line: string): string[] {
  return [...line.matchAll(/npm run ([\w:-]+)/g)]
    .map((m) => m[1] ?? '')
    .filter((name) => !(name in pkg.scripts))
    .map((name) => `"npm run ${name}" không có trong package.json`);
}

describe('netlify.toml', () => {
  const config = parseToml(readFileSync(join(ROOT, 'netlify.toml'), 'utf8')) as {
    build: { command: string; publish: string; environment: Record<string, string> };
  };

  it('builds with a script package.json has and publishes dist/', () => {
    expect(config.build.command).toMatch(/npm run build/);
    expect(unknownScripts(config.build.command)).toEqual([]);
    expect(config.build.publish).toBe('dist');
  });

  it('asks for the Node major the project pins', () => {
    expect(config.build.environment.NODE_VERSION).toBe(pinnedNodeMajor);
  });
});

describe('GitHub Pages workflow', () => {
  interface Step {
    id?: string;
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }
  const workflow = parseYaml(readFileSync(join(ROOT, '.github/workflows/github-pages.yml'), 'utf8')) as {
    jobs: { build: { steps: Step[] }; deploy: { steps: Step[] } };
  };
  const steps = workflow.jobs.build.steps;
  const runs = steps.flatMap((s) => (s.run ? [s.run] : []));

  it('installs with npm ci, then runs only scripts package.json has', () => {
    expect(runs[0]).toBe('npm ci');
    expect(runs.flatMap(unknownScripts)).toEqual([]);
    expect(runs).toContain('npm run build');
    expect(runs).toContain('npm run check:site');
  });

  it('builds for the address Pages gives the repository, sub-folder included', () => {
    const pages = steps.find((s) => s.id === 'pages');
    expect(pages?.uses).toMatch(/^actions\/configure-pages@/);
    for (const run of ['npm run build', 'npm run check:site']) {
      const step = steps.find((s) => s.run === run);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions, written as the workflow has them
      expect(step?.env, run).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
    }
  });

  it('uses the pinned Node major and uploads dist/', () => {
    expect(String(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'])).toBe(pinnedNodeMajor);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
