/** Legal citations: every one resolves into the laws data, or the build stops. */

export interface ProvisionLike {
  id: string;
  article: string;
  clause?: string | undefined;
  point?: string | undefined;
  title: string;
}

export interface LawLike {
  id: string;
  shortName: string;
  provisions: ProvisionLike[];
  /** Later instruments that rewrite some of its provisions (see the laws schema). */
  amendedBy?: Array<{ law: { id: string }; effective: Date; provisions: string[]; note: string }>;
}

/**
 * The instruments that amend a cited provision, named as pages print them: ["Nghị định
 * 347/2026/NĐ-CP"]. A whole-instrument citation lists every amendment of the instrument.
 */
export function amendmentsOf(law: LawLike, provisionId: string | undefined, names: ReadonlyMap<string, { shortName: string }>): string[] {
  return (law.amendedBy ?? [])
    .filter((a) => provisionId === undefined || a.provisions.includes(provisionId))
    .map((a) => {
      const amending = names.get(a.law.id);
      if (!amending) throw new Error(`content/laws/${law.id}.yaml: amendedBy có "${a.law.id}" không tồn tại trong content/laws`);
      return amending.shortName;
    });
}

/** "(được sửa đổi, bổ sung bởi Nghị định 347/2026/NĐ-CP)", or "" when nothing amends it. */
export function amendedNote(amending: string[]): string {
  return amending.length ? `(được sửa đổi, bổ sung bởi ${amending.join(', ')})` : '';
}

/** How a citation reads: "điểm d khoản 5 Điều 8 Nghị định 282/2025/NĐ-CP", "Điều 327 Bộ luật Hình sự". */
export function citationLabel(law: LawLike, provision?: ProvisionLike, clause?: string): string {
  if (!provision) return law.shortName;
  const k = clause ?? provision.clause;
  const parts = [provision.point && !clause ? `điểm ${provision.point}` : '', k ? `khoản ${k}` : '', `Điều ${provision.article}`, law.shortName].filter(
    Boolean,
  );
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Find a law and (optionally) one of its provisions. `where` names the file and field
 * that asked, so the build error tells an editor exactly what to fix.
 */
export function resolveCitation<L extends LawLike>(
  laws: ReadonlyMap<string, L>,
  lawId: string,
  provisionId: string,
  where: string,
): { law: L; provision: L['provisions'][number] };
export function resolveCitation<L extends LawLike>(
  laws: ReadonlyMap<string, L>,
  lawId: string,
  provisionId: string | undefined,
  where: string,
): { law: L; provision?: L['provisions'][number] };
export function resolveCitation<L extends LawLike>(
  laws: ReadonlyMap<string, L>,
  lawId: string,
  provisionId: string | undefined,
  where: string,
): { law: L; provision?: L['provisions'][number] } {
  const law = laws.get(lawId);
  if (!law) {
    const known = [...laws.keys()].sort().join(', ');
    throw new Error(`${where}: không có văn bản "${lawId}" trong content/laws. Các mã hiện có: ${known}`);
  }
  if (provisionId === undefined) return { law };
  const provision = law.provisions.find((p) => p.id === provisionId);
  if (!provision) {
    const known = law.provisions.map((p) => p.id).join(', ') || '(chưa có điều nào)';
    throw new Error(`${where}: văn bản "${lawId}" không có điều "${provisionId}". Các điều hiện có: ${known}`);
  }
  return { law, provision };
}
