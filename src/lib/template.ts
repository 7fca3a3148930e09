/** Fills "{name}" slots in an interface string: "{count} kết quả" + { count: 3 } → "3 kết quả". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
