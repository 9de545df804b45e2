import type { EditableKind } from "@ig/domain";
import type { Tx } from "../client.ts";
import { getNewsItem, type NewsDetail } from "../news/get-news-item.ts";
import { getPark, type ParkDetail } from "../parks/get-park.ts";
import { getPolicy, type PolicyDetail } from "../policies/get-policy.ts";
import { getProject, type ProjectDetail } from "../projects/get-project.ts";

/** What a record's public page renders, tagged with its kind so the page picks the right article. */
export type PublicContent =
  | { kind: "project"; detail: ProjectDetail }
  | { kind: "park"; detail: ParkDetail }
  | { kind: "policy"; detail: PolicyDetail }
  | { kind: "news"; detail: NewsDetail };

const readers = { project: getProject, park: getPark, policy: getPolicy, news: getNewsItem };

/**
 * A record of any kind exactly as its public page reads it (the same function), or null.
 * `draft: true` finds it in any status (staff preview); `tx` reads inside a transaction.
 */
export async function getPublicContent(
  kind: EditableKind,
  slug: string,
  options: { draft?: boolean; tx?: Tx } = {},
): Promise<PublicContent | null> {
  const detail = await readers[kind](slug, options);
  return detail && ({ kind, detail } as PublicContent);
}
