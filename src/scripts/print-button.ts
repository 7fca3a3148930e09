/** "In trang này": shows the print button and opens the print dialog. Ctrl+P does the same without it. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
