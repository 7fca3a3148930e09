/** Ordering of the law library: what applies today first, by rank of instrument, replaced ones last. */
import { collator } from './listing';

const TYPE_RANK = ['bo-luat', 'luat', 'phap-lenh', 'van-ban-hop-nhat', 'nghi-dinh', 'quyet-dinh', 'thong-tu'] as const;
const STATUS_RANK = ['in-force', 'partly-in-force', 'expired', 'replaced'] as const;

export interface LawSortable {
  id: string;
  data: { type: (typeof TYPE_RANK)[number]; status: (typeof STATUS_RANK)[number]; shortName: string };
}

/** In force before replaced; codes and laws before decrees; then by name. */
export function sortLaws<T extends LawSortable>(laws: T[]): T[] {
  return [...laws].sort(
    (a, b) =>
      STATUS_RANK.indexOf(a.data.status) - STATUS_RANK.indexOf(b.data.status) ||
      TYPE_RANK.indexOf(a.data.type) - TYPE_RANK.indexOf(b.data.type) ||
      collator.compare(a.data.shortName, b.data.shortName),
  );
}
