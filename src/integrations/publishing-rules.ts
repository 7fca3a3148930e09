/**
 * Runs the publishing-safety rules (src/lib/publishing-rules.ts) at the start of every
 * `astro build`, so a contact with a do-not-publish number or an article with a number that
 * is in no contact stops the build itself, not only `npm test`. One line per problem.
 */
import type { AstroIntegration } from 'astro';
import { BUILD_RULES, publishingProblems, readContent } from '../lib/publishing-rules';

export default function publishingRulesIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'pcmd:publishing-rules',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const problems = publishingProblems(readContent(contentDir), BUILD_RULES);
        if (problems.length === 0) return;
        for (const problem of problems) logger.error(problem);
        logger.error(`Nội dung có ${problems.length} lỗi quy tắc đăng bài (các dòng trên): sửa rồi dựng lại.`);
        // Stop here, without a stack trace: each line above already names the file and what to do.
        process.exit(1);
      },
    },
  };
}
