/**
 * Second step of `npm run build`: index the built site for search.
 * Usage: node scripts/search-index.ts [distDir]   (default dist)
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { writeSearchIndex } from './lib/search-index.ts';
import { LEXICON_FILE, writeLexicon } from './lib/search-lexicon.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(`${dist}/index.html`)) {
  console.error(`${dist} chưa có trang nào: chạy \`astro build\` trước (npm run build làm cả hai bước).`);
  process.exit(1);
}
try {
  const pages = await writeSearchIndex(dist);
  console.log(`Pagefind: đã lập chỉ mục ${pages} trang trong ${dist}/pagefind`);
  const lexicon = writeLexicon(dist);
  console.log(
    `Từ vựng cho gợi ý chính tả: ${lexicon.words.length} từ, ${lexicon.common.length} từ quá phổ biến, ${lexicon.rewrites.length} từ người đọc gõ → ${LEXICON_FILE}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
