/**
 * Numbers and addresses that ../shared/facts/contacts.md and laws.md say must never be
 * published (wrong, replaced, unverified or not found). Checked in content/ and in dist/.
 */
export const DO_NOT_PUBLISH: readonly RegExp[] = [
  /1800[ .]?1567/, // old child helpline, replaced by 111 in 2017; current use unknown
  /1900[ .]?1233/, // not a trade-union hotline; easily confused with legal aid 1800 1233
  /1900[ .]?969[ .]?680/, // Ngôi nhà Bình yên: dated, cost and hours unconfirmed
  /069[ .]?234[ .]?8560/, // criminal police duty line, 2021
  /0339[ .]?035[ .]?656/, // information-security hotline, undated
  /togiactoipham/i, // crime-report e-mail, 2007
  /khonggianmang/i, // canhbao.khonggianmang.gov.vn: not found
  /1900[ .]?9204/, // student youth line, 2021
  /1900[ .]?54[ .]?55[ .]?59/, // city child line, unchecked
  /1800[ .]?90[ .]?69/, // city child line, unchecked
  /732\/QĐ-TTg|QĐ-TTg[^.\n]{0,20}732/, // programme decision not found in any source
];

/** The patterns found in `text`. */
export function deniedIn(text: string): RegExp[] {
  return DO_NOT_PUBLISH.filter((re) => re.test(text));
}
