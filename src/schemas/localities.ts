/** content/localities/*.yaml: a province, city, commune or ward that builds its own edition. */
import { z } from 'astro/zod';
import { nfcText, pastDate, type References } from './parts.ts';

/** The localities collection's schema; `reference` points at the parent locality and the local contacts (see parts.ts). */
export function localitySchema(reference: References) {
  return z.strictObject({
    /** Name as the locality writes it after 1/7/2025: "Phường An Cựu". */
    name: nfcText(3, 120),
    /** Level of local government (two tiers since 1/7/2025). */
    kind: z.enum(['tinh', 'thanh-pho', 'xa', 'phuong', 'dac-khu']),
    /** The province or city a commune or ward belongs to. */
    parent: reference('localities').optional(),
    /** Local contacts, listed first in this locality's edition. */
    contacts: z.array(reference('contacts')).default([]),
    /** Last date the locality's data was checked. */
    reviewed: pastDate,
  });
}
