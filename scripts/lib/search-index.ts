/**
 * The Pagefind index of a built site, written into <dist>/pagefind/.
 *
 * Why a step after `astro build` and not an Astro integration: inside the build, Pagefind's
 * indexer (about 1.3 GB at 3,000 pages) ran while Astro's process still held its own
 * memory (about 1.1 GB), so the machine needed both at once. Run after Astro has exited,
 * the build needs only the larger of the two. `npm run build` runs both steps.
 */
import * as pagefind from 'pagefind';

export async function writeSearchIndex(outDir: string): Promise<number> {
  try {
    // Vietnamese everywhere: one language index, whatever a page's own lang says.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind không tạo được chỉ mục: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    // Always stop the Pagefind service, or the process never exits.
    await pagefind.close();
  }
}
