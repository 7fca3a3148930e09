/**
 * On every page, and tiny: fetch the search code only when someone starts to search
 * (focuses a search box), or when /tim-kiem/ opens with a query to run. Until then no
 * search JavaScript and no Pagefind file is downloaded.
 */
const boxes = document.querySelectorAll<HTMLElement>('site-search');
const load = () => import('./site-search');

for (const box of boxes) {
  box.addEventListener('focusin', () => void load(), { once: true });
  // A tap on the box on a slow phone: start fetching before focus lands.
  box.addEventListener('pointerdown', () => void load(), { once: true });
  // Enter before the code has arrived: wait for it rather than put the words in the address
  // (GET /tim-kiem/?q=…); if it cannot load, send the form as without JavaScript.
  box.addEventListener('submit', (event) => {
    if (customElements.get('site-search')) return;
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    load().then(
      () => form.requestSubmit(),
      () => form.submit(),
    );
  });
}
const opensWithQuery = [...boxes].some((box) => box.dataset.mode === 'page') && new URLSearchParams(location.search).has('q');
if (opensWithQuery) void load();
