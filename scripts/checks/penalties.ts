/** The law library shows every provision and every penalty band exactly as content/laws says. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describePenalty, type PenaltyBand } from '../../src/lib/penalties.ts';
import { provisionAnchor } from '../../src/lib/paths.ts';
import type { BuiltPage, Problem } from '../../tools/dist.ts';

interface LawFile {
  provisions?: Array<{ id: string; awaitingCheck?: string; penalties?: Array<Partial<PenaltyBand> & { when: string }> }>;
}

export function checkPenalties(pages: BuiltPage[], contentDir: string): Problem[] {
  const page = '/phap-luat/';
  const library = pages.find((p) => p.path === page);
  if (!library) return [{ page, message: 'không có trang thư viện pháp luật' }];
  const problems: Problem[] = [];
  const say = (message: string) => problems.push({ page, message });
  const lawsDir = join(contentDir, 'laws');
  for (const file of readdirSync(lawsDir).filter((f) => f.endsWith('.yaml'))) {
    const lawId = file.replace(/\.yaml$/, '');
    const law = parseYaml(readFileSync(join(lawsDir, file), 'utf8')) as LawFile;
    for (const p of law.provisions ?? []) {
      const text = (library.root.getElementById(provisionAnchor(lawId, p.id))?.text ?? '').replace(/\s+/g, ' ');
      if (!text) say(`${lawId} ${p.id}: không có trên trang pháp luật`);
      // Details still awaiting their check are withheld, and the page says so.
      if (p.awaitingCheck && !text.includes('chưa đối chiếu')) say(`${lawId} ${p.id}: chờ đối chiếu nhưng trang không nói rõ mức phạt chưa được đăng`);
      for (const band of p.penalties ?? []) {
        const full: PenaltyBand = { warning: false, life: false, death: false, other: [], additional: false, ...band };
        for (const phrase of describePenalty(full)) if (!text.includes(phrase)) say(`${lawId} ${p.id}: thiếu "${phrase}"`);
      }
    }
  }
  return problems;
}
