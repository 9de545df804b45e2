import type { VerifiableKind } from "@ig/domain/verifiable-kinds";

const base: Record<VerifiableKind, string> = {
  park: "/admin/parks",
  project: "/admin/projects",
  policy: "/admin/policies",
  news: "/admin/news",
  figure: "/admin/figures",
  industry: "/admin/industries",
};

/** A content record's staff edit page (figures have no slug: they are named by id). */
export function editPathOf({ kind, id, slug }: { kind: VerifiableKind; id: string; slug: string | null }) {
  return `${base[kind]}/${encodeURIComponent(kind === "figure" || !slug ? id : slug)}`;
}
