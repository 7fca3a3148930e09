/**
 * Quick exit ("Thoát nhanh"): the link works without JavaScript; this makes it instant.
 * On exit the page is blanked at once, then replaced by the neutral site with
 * location.replace(), so Back does not return here. Shift pressed three times does
 * the same, with a visible and announced count.
 */
import { initialShiftState, nextShiftState, PRESSES_TO_EXIT } from './shift-counter';
import { fill } from '../../lib/template';

function exitNow(url: string) {
  document.documentElement.classList.add('quick-exit-active');
  document.title = '';
  window.location.replace(url);
}

class QuickExit extends HTMLElement {
  #state = initialShiftState;

  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
    if (!link) return;
    const url = link.href;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit]')) {
      a.addEventListener('click', (event) => {
        event.preventDefault();
        exitNow(url);
      });
    }
    document.addEventListener('keydown', (event) => {
      this.#state = nextShiftState(this.#state, event, Date.now());
      this.show(this.#state.count);
      if (this.#state.count === PRESSES_TO_EXIT) exitNow(url);
    });
    // Coming back through the back-forward cache: show the page again, count from zero.
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      document.documentElement.classList.remove('quick-exit-active');
      this.#state = initialShiftState;
      this.show(0);
    });
  }

  /** Fill the dots and tell screen readers how many presses are left. */
  show(count: number) {
    const dots = this.querySelectorAll<HTMLElement>('[data-dot]');
    dots.forEach((dot, i) => {
      dot.classList.toggle('is-on', i < count);
    });
    this.querySelector('[data-dots]')?.toggleAttribute('hidden', count === 0);
    const status = this.querySelector<HTMLElement>('[data-exit-status]');
    if (!status) return;
    const texts = this.dataset;
    status.textContent = count === 0 ? '' : count >= PRESSES_TO_EXIT ? (texts.done ?? '') : fill(texts.left ?? '', { n: PRESSES_TO_EXIT - count });
  }
}

customElements.define('quick-exit', QuickExit);
