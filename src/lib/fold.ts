/** Search folding: Pagefind folds tone marks but not đ, so "duong" never finds "đường". */

/** "Đường dây nóng" -> "Duong day nong": tone marks removed and đ/Đ written as d/D. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
