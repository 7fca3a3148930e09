/** The only script every page loads: enhancements that need no more than a few hundred bytes. */
import './quick-exit';
import './search-loader';
