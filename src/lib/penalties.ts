/** Penalty bands from the laws data, written out as sentences a reader can follow. */
import { formatMonths, formatVnd } from './format.ts';

/** The structured shape of one band, as the laws schema produces it. */
export interface PenaltyBand {
  clause?: string | undefined;
  when: string;
  warning: boolean;
  fine?: { min: number; max: number } | undefined;
  prison?: { min: number; max: number } | undefined;
  life: boolean;
  death: boolean;
  other: string[];
  /** The measures are alternatives: the court picks one. */
  alternatives?: boolean;
  additional: boolean;
}

function range(min: string, max: string): string {
  return min === max ? min : `từ ${min} đến ${max}`;
}

/** The measures of one band, each a phrase: "Cảnh cáo hoặc phạt tiền từ 300.000 đồng đến 500.000 đồng". */
export function describePenalty(band: PenaltyBand): string[] {
  const parts: string[] = [];
  const fine = band.fine ? `phạt tiền ${range(formatVnd(band.fine.min), formatVnd(band.fine.max))}` : '';
  if (band.warning) parts.push(fine ? `Cảnh cáo hoặc ${fine}` : 'Cảnh cáo');
  else if (fine) parts.push(fine.charAt(0).toUpperCase() + fine.slice(1));

  const custodial: string[] = [];
  if (band.prison) custodial.push(`phạt tù ${range(formatMonths(band.prison.min), formatMonths(band.prison.max))}`);
  if (band.life) custodial.push('tù chung thân');
  if (band.death) custodial.push('tử hình');
  if (custodial.length) {
    const text = custodial.join(custodial.length > 2 ? ', ' : ' hoặc ').replace(/, ([^,]+)$/, ' hoặc $1');
    parts.push(text.charAt(0).toUpperCase() + text.slice(1));
  }
  if (band.alternatives) {
    // "Phạt tiền …, cải tạo không giam giữ … hoặc phạt tù …": one sentence, the court picks one.
    const choices = [
      fine,
      ...band.other,
      band.prison ? `phạt tù ${range(formatMonths(band.prison.min), formatMonths(band.prison.max))}` : '',
      band.life ? 'tù chung thân' : '',
      band.death ? 'tử hình' : '',
    ].filter(Boolean);
    const text = choices.length > 1 ? `${choices.slice(0, -1).join(', ')} hoặc ${choices.at(-1)}` : (choices[0] ?? '');
    return [text.charAt(0).toUpperCase() + text.slice(1)];
  }
  parts.push(...band.other);
  // Other measures may be written in lower case for use mid-sentence; a list starts with a capital.
  return parts.map((p, i) => (i === 0 ? p.charAt(0).toUpperCase() + p.slice(1) : p));
}
