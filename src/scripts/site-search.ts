/**
 * <site-search>: runs the search form on /tim-kiem/ in place with Pagefind, loaded only
 * here, on demand. Without JavaScript the form and the page list below still work.
 */

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    this.querySelector('[data-search-nojs]')?.remove();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const q = input.value.trim();
      history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
      void this.run(q);
    });
    input.addEventListener('focus', () => void this.load(), { once: true });
    const initial = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    if (initial) {
      input.value = initial;
      void this.run(initial);
    }
  }

  /** Load Pagefind once; the bundle path comes from the server so sub-folder builds work. */
  load(): Promise<Pagefind> {
    const bundle = this.dataset.bundle ?? '/pagefind/';
    this.#pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: Pagefind) => {
      // Result URLs are site-root paths; under a sub-folder they need the base in front.
      await pf.options({ baseUrl: bundle.replace(/pagefind\/$/, '') });
      return pf;
    });
    return this.#pagefind;
  }

  async run(query: string) {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    const strings = this.querySelector<HTMLElement>('[data-search-strings]')?.dataset ?? {};
    if (!status || !list) return;
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading ?? '';
    try {
      const pf = await this.load();
      const { results } = await pf.search(query);
      const top = await Promise.all(results.slice(0, 10).map((r) => r.data()));
      status.textContent = top.length ? `${results.length} ${strings.results ?? ''}` : (strings.none ?? '');
      for (const r of top) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        a.className = 'font-semibold';
        const p = document.createElement('p');
        p.className = 'text-sm';
        // Pagefind's excerpt is our own page text with <mark> around the matched words.
        p.innerHTML = r.excerpt;
        li.append(a, p);
        list.append(li);
      }
    } catch {
      status.textContent = strings.failed ?? '';
    }
  }
}

customElements.define('site-search', SiteSearch);
