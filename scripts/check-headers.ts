/**
 * Checks the security headers a deployed site really sends (hosts differ: some ignore _headers
 * or .htaccess without a word). Usage: npm run check:headers -- https://xa-vidu.gov.vn/pcmd/
 */
import { checkDeployedHeaders } from './lib/deployed-headers.ts';

const siteUrl = process.argv[2];
if (!siteUrl || !/^https?:\/\//.test(siteUrl)) {
  console.error('Cần địa chỉ của trang đã đưa lên mạng, ví dụ: npm run check:headers -- https://xa-vidu.gov.vn/pcmd/');
  process.exit(1);
}
let reports: Awaited<ReturnType<typeof checkDeployedHeaders>>;
try {
  reports = await checkDeployedHeaders(siteUrl);
} catch (error) {
  console.error(`Không tải được ${siteUrl}: ${(error as Error).message}`);
  process.exit(1);
}
for (const r of reports) {
  console.log(`${r.problems.length ? '✗' : '✓'} ${r.url} (${r.status})`);
  for (const p of r.problems) console.log(`    ${p}`);
  for (const n of r.notes) console.log(`    (lưu ý) ${n}`);
}
const failed = reports.filter((r) => r.problems.length);
if (failed.length) {
  console.error(
    `\n${failed.length}/${reports.length} trang thiếu tiêu đề bảo mật: máy chủ chưa áp dụng _headers/.htaccess hoặc đoạn cấu hình nginx; xem docs/deploying.md, mục của máy chủ bạn dùng.`,
  );
  process.exit(1);
}
console.log(`\nĐủ tiêu đề bảo mật trên ${reports.length} trang.`);
