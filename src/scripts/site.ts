/**
 * The only script every page loads: small enhancements, one request. Each part does nothing
 * on a page without its elements; search code proper is fetched later, on first use.
 */
// First: a framed page hides before anything else runs.
import './frame-guard';
import '../components/quick-exit/quick-exit';
import '../components/search/search-loader';
import './copy-link';
import './print-button';
