/**
 * On every page, and tiny: fetch the search code only when someone starts to search
 * (focuses a search box), or when /tim-kiem/ opens with a query to run. Until then no
 * search JavaScript and no Pagefind file is downloaded.
 */
const boxes = document.querySelectorAll<HTMLElement>('site-search');
const load = () => void import('./site-search');

for (const box of boxes) {
  box.addEventListener('focusin', load, { once: true });
  // A tap on the box on a slow phone: start fetching before focus lands.
  box.addEventListener('pointerdown', load, { once: true });
}
const opensWithQuery = [...boxes].some((box) => box.dataset.mode === 'page') && new URLSearchParams(location.search).has('q');
if (opensWithQuery) load();
