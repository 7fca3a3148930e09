/**
 * The only script every page loads: small enhancements, one request. Each part does nothing
 * on a page without its elements; search code proper is fetched later, on first use.
 */
import './quick-exit';
import './search-loader';
import './copy-link';
import './print-button';
