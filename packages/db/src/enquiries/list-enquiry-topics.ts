import { db } from "../client.ts";
import type { Localized } from "../dto.ts";

/** The published parks, projects and policies an enquiry form is pre-filled with, by slug. */
export async function listEnquiryTopics(slugs: { parks: string[]; projects: string[]; policies: string[] }) {
  const where = (list: string[]) => ({ slug: { in: list }, status: "published" });
  const select = { slug: true, name: true } as const;
  const [parks, projects, policies] = await Promise.all([
    db().park.findMany({ where: where(slugs.parks), select }),
    db().project.findMany({ where: where(slugs.projects), select }),
    db().policy.findMany({ where: where(slugs.policies), select: { slug: true, title: true } }),
  ]);
  const view = (rows: { slug: string; name: unknown }[]) =>
    rows.map((r) => ({ slug: r.slug, name: r.name as Localized }));
  return {
    parks: view(parks),
    projects: view(projects),
    policies: view(policies.map((p) => ({ slug: p.slug, name: p.title }))),
  };
}
export type EnquiryTopics = Awaited<ReturnType<typeof listEnquiryTopics>>;
