/**
 * Valid HTML: every built page passes html-validate's recommended rules (HTML5 content
 * models, duplicate ids, missing alt text, labels, landmarks...). Pure JavaScript, so it
 * runs in Node with no Java and no network.
 */
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { BuiltPage, Problem } from '../../tools/dist.ts';

/** The recommended preset, minus only the rules that fight a deliberate choice of this site. */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Call links read "Gọi 1800 1233": a verb and a number in groups, as people say it. On a
    // 360 px phone the label may wrap between words, and the number stays in the tel: href intact.
    'tel-non-breaking': 'off',
    // Titles are "<page> | <site name>" so a tab or a shared link says where it is from; the
    // Vietnamese site name alone is 37 characters, so many titles pass 70.
    'long-title': 'off',
  },
};

const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));

/** Every html-validate error on every page, with line and column in the built file. */
export async function checkValidHtml(pages: BuiltPage[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push({
          page: page.path,
          message: `HTML không hợp lệ [${m.ruleId}] ${m.message} (dòng ${m.line}, cột ${m.column}${m.selector ? `, ${m.selector}` : ''})`,
        });
      }
    }
  }
  return problems;
}
