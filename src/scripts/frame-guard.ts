/**
 * A page of this site shown inside another site's frame can be overlaid with a fake hotline
 * number. Hosts that send `frame-ancestors 'none'` (see _headers, .htaccess) refuse the frame
 * before any of this runs; on hosts that send no headers (GitHub Pages, Apache without
 * mod_headers, plain S3) this hides the page instead. Only pages marked data-frame-guard
 * (every page but the embed cards, which portals frame on purpose).
 *
 * Limits, said in docs/deploying.md: a frame sandboxed without allow-scripts never runs this, and a
 * page with JavaScript off is not hidden; only the header can stop those.
 */
const root = document.documentElement;
if (root.hasAttribute('data-frame-guard') && window.top !== window.self) {
  root.hidden = true;
  try {
    // Browsers allow this from a cross-origin frame only after a click in it; then the reader
    // lands on the real page, unframed. Otherwise the page simply stays hidden.
    window.top!.location.replace(window.location.href);
  } catch {
    // Blocked: stay hidden.
  }
}
