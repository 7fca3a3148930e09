/**
 * <site-search>: runs a search box in place with Pagefind. Loaded by search-loader.ts on
 * first use; custom elements already on the page upgrade when this defines the tag.
 * The strings come from the server (src/i18n/vi.ts) through data- attributes.
 */
import { SEARCH_RANKING } from '../lib/search-options';
import { runSearch, withoutQuotes, type PagefindModule, type PagefindPage, type SearchOptions } from '../lib/search-run';
import { fill } from '../lib/template';

/** How many results each mode shows; the header box stays short on a phone screen. */
const SHOWN = { inline: 5, page: 20 } as const;
/** Wait this long after the last keystroke before searching: fewer requests, calmer announcements. */
const TYPING_PAUSE_MS = 300;

let pagefind: Promise<PagefindModule> | undefined;

/** Load Pagefind once per page; the bundle path comes from the server, so sub-folder builds work. */
function loadPagefind(bundle: string): Promise<PagefindModule> {
  pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: PagefindModule) => {
    // Result URLs are site-root paths; under a sub-folder the base goes in front (Pagefind's baseUrl).
    await pf.options({ baseUrl: bundle.replace(/pagefind\/$/, ''), ranking: SEARCH_RANKING });
    return pf;
  });
  return pagefind;
}

class SiteSearch extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Only the newest search may write results (a slow earlier one must not overwrite it). */
  #generation = 0;

  get mode(): 'inline' | 'page' {
    return this.dataset.mode === 'page' ? 'page' : 'inline';
  }

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    const audience = this.querySelector<HTMLSelectElement>('select[name="nhom"]');
    this.querySelector('[data-search-nojs]')?.remove();
    this.querySelector<HTMLElement>('[data-search-hint]')?.removeAttribute('hidden');
    void this.load();

    input.addEventListener('input', () => this.schedule(input.value));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.mode === 'inline') this.clear();
    });
    audience?.addEventListener('change', () => this.submitInPlace(input.value, audience.value));
    if (this.mode === 'page') {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.submitInPlace(input.value, audience?.value ?? '');
      });
      const params = new URLSearchParams(location.search);
      input.value = params.get('q')?.trim() ?? '';
      if (audience) audience.value = params.get('nhom') ?? '';
      if (input.value) void this.run(input.value);
    }
    // In the header, Enter submits the form as usual: /tim-kiem/?q=… shows every result.
    // Words typed while this code was still downloading are searched now.
    else if (input.value.trim()) this.schedule(input.value);
  }

  load(): Promise<PagefindModule> {
    return loadPagefind(this.dataset.bundle ?? '/pagefind/');
  }

  schedule(query: string) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(query), TYPING_PAUSE_MS);
  }

  /** Page mode: search now and keep the query in the address, so it can be shared or reloaded. */
  submitInPlace(query: string, audience: string) {
    if (this.mode !== 'page') return;
    const params = new URLSearchParams();
    if (query.trim()) params.set('q', query.trim());
    if (audience) params.set('nhom', audience);
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    clearTimeout(this.#timer);
    void this.run(query);
  }

  /** Filters: an audience also keeps the pages meant for everyone. */
  options(): SearchOptions {
    const audience = this.querySelector<HTMLSelectElement>('select[name="nhom"]')?.value;
    return audience ? { filters: { audience: { any: [audience, 'moi-nguoi'] } } } : {};
  }

  clear() {
    this.#generation++;
    this.region('status').textContent = '';
    this.region('results').replaceChildren();
    this.region('more').hidden = true;
  }

  region(name: 'status' | 'results' | 'more'): HTMLElement {
    const element = this.querySelector<HTMLElement>(`[data-search-${name}]`);
    if (!element) throw new Error(`site-search: thiếu phần tử data-search-${name}`);
    return element;
  }

  async run(raw: string) {
    const query = raw.trim();
    if (!query) return this.clear();
    const generation = ++this.#generation;
    const strings = this.dataset;
    const status = this.region('status');
    status.textContent = strings.loading ?? '';
    try {
      const hits = await runSearch(await this.load(), query, this.options());
      const shown = await Promise.all(hits.slice(0, SHOWN[this.mode]).map((hit) => hit.data()));
      if (generation !== this.#generation) return;
      this.region('results').replaceChildren(...shown.map((page) => this.item(page)));
      // The message puts the words in “ ”; a reader's own quotes would double them.
      const words = withoutQuotes(query);
      status.textContent = fill((hits.length ? strings.count : strings.none) ?? '', { count: hits.length, query: words });
      this.showMore(query, hits.length);
    } catch {
      if (generation === this.#generation) status.textContent = strings.failed ?? '';
    }
  }

  item(page: PagefindPage): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = page.meta.title ?? page.url;
    link.className = 'font-semibold';
    li.append(link);
    if (this.mode === 'page') {
      const excerpt = document.createElement('p');
      excerpt.className = 'text-sm';
      // Pagefind's excerpt is our own page text, escaped, with <mark> around the matched words.
      excerpt.innerHTML = page.excerpt;
      li.append(excerpt);
    }
    return li;
  }

  /** The header shows a few results and a link to all of them on /tim-kiem/. */
  showMore(query: string, count: number) {
    const more = this.region('more');
    more.hidden = this.mode === 'page' || count <= SHOWN.inline;
    if (more.hidden) return;
    const link = document.createElement('a');
    more.replaceChildren(link);
    link.href = `${this.dataset.searchPage ?? '/tim-kiem/'}?q=${encodeURIComponent(query)}`;
    link.textContent = fill(this.dataset.all ?? '', { count });
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
