/**
 * The deploy gate: runs every check of the built site (scripts/checks/index.ts, the same list
 * the tests run) and prints what to fix, check by check and page by page.
 * Usage: node scripts/check-site.ts [distDir]   (SITE_URL, BASE_PATH and CONTENT_DIR as for the build)
 */
import { SITE_CHECKS, runSiteChecks, siteContext } from './checks/index.ts';
import { siteLocation, siteUrlFromEnv } from '../src/lib/site-env.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const dist = process.argv[2] ?? 'dist';
let ctx: ReturnType<typeof siteContext>;
try {
  const siteUrl = siteUrlFromEnv(process.env);
  ctx = siteContext(dist, { ...siteLocation(siteUrl.value, process.env.BASE_PATH, siteUrl.variable), contentDir: contentDir(process.env.CONTENT_DIR) });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const problems = await runSiteChecks(ctx);

if (problems.length) {
  for (const p of problems) console.error(`[${p.check}] ${p.page}: ${p.message}`);
  const checks = new Set(problems.map((p) => p.check));
  console.error(
    `\n${problems.length} lỗi trên ${new Set(problems.map((p) => p.page)).size} trang, ở ${checks.size}/${SITE_CHECKS.length} phép kiểm tra: ${[...checks].join(', ')}.`,
  );
  process.exit(1);
}
console.log(`Đã kiểm tra ${ctx.pages.length} trang bằng ${SITE_CHECKS.length} phép kiểm tra: không có lỗi.`);
