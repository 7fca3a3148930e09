/**
 * Builds the Pagefind index inside `astro build`, so `npm run build` is one step
 * and the index always matches the pages just written.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pcmd:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          // Vietnamese everywhere: one language index, whatever a page's own lang says.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          if (!index) throw new Error(`Pagefind không tạo được chỉ mục: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`Pagefind: đã lập chỉ mục ${added.page_count} trang`);
        } finally {
          // Always stop the Pagefind service, or the build process never exits.
          await pagefind.close();
        }
      },
    },
  };
}
