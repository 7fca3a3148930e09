/** Numbers, money, durations and dates written the way the glossary asks. */

/** 1000000 -> "1.000.000 đồng". */
export function formatVnd(amount: number): string {
  if (!Number.isInteger(amount) || amount < 0) throw new Error(`Số tiền không hợp lệ: ${amount}`);
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

/** 6 -> "6 tháng", 12 -> "1 năm", 18 -> "1 năm 6 tháng". */
export function formatMonths(months: number): string {
  if (!Number.isInteger(months) || months <= 0) throw new Error(`Số tháng không hợp lệ: ${months}`);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years ? `${years} năm` : '', rest ? `${rest} tháng` : ''].filter(Boolean).join(' ');
}

/** A date as "15/12/2025", read in UTC so build machines in any timezone agree. */
export function formatDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** A date as "2025-12-15", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
