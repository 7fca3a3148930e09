/**
 * <site-search>: runs a search box in place with Pagefind. Loaded by search-loader.ts on
 * first use; custom elements already on the page upgrade when this defines the tag.
 * The strings come from the server (src/i18n/vi.ts) through data- attributes.
 *
 * What it leaves behind (review H1, M1): the words never go into the address or the tab's
 * history. Enter shows every result in place; /tim-kiem/?q= (the form without JavaScript, or
 * an old link) is searched and the address put back to /tim-kiem/ at once. When the page is
 * left, the boxes and results are emptied, so Back shows no search.
 */
import { SEARCH_RANKING } from '../../lib/search-options';
import {
  searchSite,
  type PagefindModule,
  type PagefindPage,
  type PagefindResult,
  type SearchLexicon,
  type SearchOptions,
  type SiteResults,
} from '../../lib/search-run';
import { cleanQuery, echoQuery } from '../../lib/search-query';
import { fill } from '../../lib/template';

/** How many results each mode shows; the header box stays short on a phone screen until Enter. */
const SHOWN = { inline: 5, page: 20 } as const;
/** Wait this long after the last keystroke before searching: fewer requests, calmer announcements. */
const TYPING_PAUSE_MS = 300;

let pagefind: Promise<PagefindModule> | undefined;
let lexicon: Promise<SearchLexicon | undefined> | undefined;

/** Load Pagefind once per page; the bundle path comes from the server, so sub-folder builds work. */
function loadPagefind(bundle: string): Promise<PagefindModule> {
  pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: PagefindModule) => {
    // Result URLs are site-root paths; under a sub-folder the base goes in front (Pagefind's baseUrl).
    await pf.options({ baseUrl: bundle.replace(/pagefind\/$/, ''), ranking: SEARCH_RANKING });
    return pf;
  });
  return pagefind;
}

/** The site's words (spelling, readers' words), fetched with the first search; search works without them. */
function loadLexicon(bundle: string): Promise<SearchLexicon | undefined> {
  lexicon ??= fetch(`${bundle}lexicon.json`)
    .then((response) => (response.ok ? (response.json() as Promise<SearchLexicon>) : undefined))
    .catch(() => undefined);
  return lexicon;
}

class SiteSearch extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Only the newest search may write results (a slow earlier one must not overwrite it). */
  #generation = 0;
  /** The header box after Enter or "see all": every result, not just the first few. */
  #expanded = false;
  #failed = false;

  get mode(): 'inline' | 'page' {
    return this.dataset.mode === 'page' ? 'page' : 'inline';
  }

  get input(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('input[name="q"]');
  }

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.input;
    if (!form || !input) return;
    const audience = this.querySelector<HTMLSelectElement>('select[name="nhom"]');
    this.querySelector('[data-search-nojs]')?.remove();
    this.querySelector<HTMLElement>('[data-search-hint]')?.removeAttribute('hidden');
    void this.load();

    input.addEventListener('input', () => {
      this.#expanded = false;
      this.schedule(input.value);
    });
    // Escape in the box or on a result (or the "see all" button) closes the header results.
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.mode === 'inline') this.clear();
    });
    audience?.addEventListener('change', () => this.searchNow(input.value));
    form.addEventListener('submit', (event) => {
      // If the search could not load, the form goes to /tim-kiem/ as it does without JavaScript.
      if (this.#failed) return;
      event.preventDefault();
      this.#expanded = true;
      this.searchNow(input.value);
    });
    // Leaving the page: nothing of the search stays for Back or the back-forward cache to show.
    window.addEventListener('pagehide', () => {
      input.value = '';
      this.clear();
    });

    if (this.mode === 'page' && location.search) {
      const params = new URLSearchParams(location.search);
      const query = cleanQuery(params.get('q') ?? '');
      if (query) input.value = query;
      if (audience && params.has('nhom')) audience.value = params.get('nhom') ?? '';
      history.replaceState(history.state, '', location.pathname);
    }
    // Words typed while this code was still downloading are searched now.
    if (input.value.trim()) this.searchNow(input.value);
  }

  load(): Promise<PagefindModule> {
    return loadPagefind(this.dataset.bundle ?? '/pagefind/');
  }

  schedule(query: string) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(query), TYPING_PAUSE_MS);
  }

  searchNow(query: string) {
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
    this.#expanded = false;
    this.region('status').textContent = '';
    this.region('results').replaceChildren();
    this.region('near-results').replaceChildren();
    this.region('near').hidden = true;
    this.region('suggest').hidden = true;
    this.region('more').hidden = true;
    // /tim-kiem/ shows its help until a search finds something (and it never moves under a
    // reader tabbing through the page); the header box only when nothing was found.
    this.region('help').hidden = this.mode !== 'page';
  }

  region(name: 'status' | 'results' | 'more' | 'near' | 'near-label' | 'near-results' | 'suggest' | 'help'): HTMLElement {
    const element = this.querySelector<HTMLElement>(`[data-search-${name}]`);
    if (!element) throw new Error(`site-search: thiếu phần tử data-search-${name}`);
    return element;
  }

  async run(raw: string) {
    const query = cleanQuery(raw);
    if (!query) return this.clear();
    const generation = ++this.#generation;
    const strings = this.dataset;
    const status = this.region('status');
    status.textContent = strings.loading ?? '';
    try {
      const bundle = this.dataset.bundle ?? '/pagefind/';
      const [pf, words] = await Promise.all([this.load(), loadLexicon(bundle)]);
      const found = await searchSite(pf, query, this.options(), words);
      if (generation !== this.#generation) return;
      await this.show(found);
    } catch {
      if (generation !== this.#generation) return;
      this.#failed = true;
      status.textContent = strings.failed ?? '';
    }
  }

  async show(found: SiteResults<PagefindResult>) {
    const generation = this.#generation;
    const strings = this.dataset;
    const limit = this.mode === 'page' || this.#expanded ? SHOWN.page : SHOWN.inline;
    const exact = found.exact.slice(0, limit);
    const near = found.approximate.slice(0, Math.max(0, limit - exact.length));
    const [exactPages, nearPages] = await Promise.all([Promise.all(exact.map((hit) => hit.data())), Promise.all(near.map((hit) => hit.data()))]);
    if (generation !== this.#generation) return;
    const total = found.exact.length + found.approximate.length;
    const echo = echoQuery(found.query.replace(/"/g, ''));

    this.region('status').textContent = found.exact.length
      ? fill(strings.count ?? '', { count: found.exact.length, query: echo })
      : total
        ? fill(strings.nearOnly ?? '', { count: total })
        : (strings.none ?? '');
    this.region('results').replaceChildren(...exactPages.map((page) => this.item(page)));
    this.region('near-results').replaceChildren(...nearPages.map((page) => this.item(page)));
    this.region('near').hidden = nearPages.length === 0;
    const label = fill(strings.near ?? '', { query: echo });
    const leftOut = found.dropped.length ? ` ${fill(strings.leftOut ?? '', { words: found.dropped.join(', ') })}` : '';
    this.region('near-label').textContent = `${label}.${leftOut}`;
    this.showSuggestion(found.suggestion);
    this.showMore(total, limit);
    this.showHelp(total === 0);
  }

  /** "Có phải bạn muốn tìm: …?" with the corrected words as a button that searches them. */
  showSuggestion(suggestion: string | undefined) {
    const box = this.region('suggest');
    box.hidden = !suggestion;
    if (!suggestion) return box.replaceChildren();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'underline font-semibold';
    button.textContent = suggestion;
    button.addEventListener('click', () => {
      if (this.input) this.input.value = suggestion;
      this.searchNow(suggestion);
    });
    box.replaceChildren(`${this.dataset.suggest ?? ''} `, button, '?');
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

  /** The header shows a few results and a button that shows all of them in place. */
  showMore(count: number, limit: number) {
    const more = this.region('more');
    more.hidden = this.mode === 'page' || count <= limit;
    if (more.hidden) return more.replaceChildren();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'underline';
    button.textContent = fill(this.dataset.all ?? '', { count });
    button.addEventListener('click', () => {
      this.#expanded = true;
      // The button goes once every result shows: keep the focus in the search, not lost on the page.
      this.input?.focus();
      if (this.input) this.searchNow(this.input.value);
    });
    more.replaceChildren(button);
  }

  /**
   * Nothing found: never a dead end. /tim-kiem/ has its own help block in the page; the
   * header box copies the footer's emergency numbers and the header's audience doors.
   */
  showHelp(show: boolean) {
    const help = this.region('help');
    help.hidden = !show;
    if (!show || help.childElementCount) return;
    const numbers = document.querySelector('footer [data-help-box]')?.cloneNode(true) as HTMLElement | undefined;
    const doors = document.querySelector('header [data-doors]')?.cloneNode(true) as HTMLElement | undefined;
    for (const copy of [numbers, doors])
      copy?.querySelectorAll('[id]').forEach((el) => {
        el.removeAttribute('id');
      });
    numbers?.removeAttribute('aria-labelledby');
    const report = document.createElement('li');
    const link = document.createElement('a');
    link.href = this.dataset.reportPage ?? '/to-giac/';
    link.textContent = this.dataset.report ?? '';
    report.append(link);
    doors?.append(report);
    help.replaceChildren(...[numbers, doors].filter((el): el is HTMLElement => !!el));
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
