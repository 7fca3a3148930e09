/** Total size in bytes of the files under a folder (file sizes, not disk blocks). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = join(dir, entry.name);
    return sum + (entry.isDirectory() ? dirSize(full) : statSync(full).size);
  }, 0);
}
