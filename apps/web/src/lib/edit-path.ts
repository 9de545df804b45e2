import { recordKinds, type VerifiableKind } from "@ig/domain";

/** A content record's staff edit page (figures have no slug: they are named by id). */
export function editPathOf({ kind, id, slug }: { kind: VerifiableKind; id: string; slug: string | null }) {
  const { path, hasSlug } = recordKinds[kind];
  return `/admin/${path}/${encodeURIComponent(hasSlug && slug ? slug : id)}`;
}
