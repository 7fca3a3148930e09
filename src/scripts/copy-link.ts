/**
 * "Sao chép liên kết": copies the page address shown beside it. Without JavaScript the
 * button stays hidden and the address remains selectable text, so nothing is lost.
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const source = this.querySelector<HTMLElement>('[data-copy-source]');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    // The Clipboard API exists only on https and localhost; elsewhere the address stays for manual copying.
    if (!button || !source || !status || !navigator.clipboard) return;
    // The whole list item stays hidden without JavaScript, so no empty bullet is left behind.
    button.closest<HTMLElement>('[data-copy-item]')?.removeAttribute('hidden');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
        status.textContent = status.dataset.copied ?? '';
      } catch {
        status.textContent = status.dataset.failed ?? '';
      }
    });
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
