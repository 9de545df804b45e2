import {
  auditEntityTables,
  auditNameKey,
  auditReferenceFields,
  auditValueKeys,
  type AuditEntity,
  type AuditNameTable,
} from "@ig/domain";
import { db } from "../client.ts";
import type { Localized } from "../dto.ts";

/** A named record: its name in both languages, and its slug where its pages are addressed by one. */
export type AuditName = { name: Localized; slug: string | null };
/** Resolved names by auditNameKey(table, id or slug). */
export type AuditNames = Record<string, AuditName>;

/**
 * What an audit entry is about, for a link: `slug` (content, industries), `reference`
 * (enquiries), `parkSlug` (a park's image); null once the record is gone and its name unknown.
 */
export type AuditRecord = {
  name: Localized;
  slug?: string | null;
  reference?: string;
  parkSlug?: string;
};

type Entry = {
  entity: AuditEntity;
  entityId: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
};

const plain = (text: string): Localized => ({ en: text, zh: text });

/** One table's names for the given ids and slugs (the tables with a slug are matched on both). */
async function namesIn(table: AuditNameTable, keys: string[]): Promise<[string, AuditName][]> {
  const byIdOrSlug = { OR: [{ id: { in: keys } }, { slug: { in: keys } }] };
  const named = (rows: { id: string; slug?: string; name: unknown }[]) =>
    rows.flatMap((row): [string, AuditName][] => {
      const value = { name: row.name as Localized, slug: row.slug ?? null };
      return row.slug
        ? [
            [row.id, value],
            [row.slug, value],
          ]
        : [[row.id, value]];
    });
  const d = db();
  switch (table) {
    case "Area":
      return named(
        await d.area.findMany({ where: byIdOrSlug, select: { id: true, slug: true, name: true } }),
      );
    case "Industry":
      return named(
        await d.industry.findMany({ where: byIdOrSlug, select: { id: true, slug: true, name: true } }),
      );
    case "Park":
      return named(
        await d.park.findMany({ where: byIdOrSlug, select: { id: true, slug: true, name: true } }),
      );
    case "Project":
      return named(
        await d.project.findMany({ where: byIdOrSlug, select: { id: true, slug: true, name: true } }),
      );
    case "Policy":
      return named(
        (await d.policy.findMany({ where: byIdOrSlug, select: { id: true, slug: true, title: true } })).map(
          ({ title, ...row }) => ({ ...row, name: title }),
        ),
      );
    case "NewsItem":
      return named(
        (await d.newsItem.findMany({ where: byIdOrSlug, select: { id: true, slug: true, title: true } })).map(
          ({ title, ...row }) => ({ ...row, name: title }),
        ),
      );
    case "Figure":
      return named(
        (await d.figure.findMany({ where: { id: { in: keys } }, select: { id: true, label: true } })).map(
          ({ label, ...row }) => ({ ...row, name: label }),
        ),
      );
    case "Source":
      return named(
        (await d.source.findMany({ where: { id: { in: keys } }, select: { id: true, title: true } })).map(
          ({ title, ...row }) => ({ ...row, name: title }),
        ),
      );
    case "StaffUser":
      return named(
        (await d.staffUser.findMany({ where: { id: { in: keys } }, select: { id: true, name: true } })).map(
          (row) => ({ ...row, name: plain(row.name) }),
        ),
      );
  }
}

/** The name a deleted content record left in its delete entry (delete-content keeps it). */
function nameKeptOnDelete(changes: Entry["changes"]): Localized | null {
  const kept = changes.name?.from ?? changes.title?.from;
  return kept && typeof kept === "object" ? (kept as Localized) : null;
}

/**
 * The names an audit page needs, in one query per table involved: every record the entries are
 * about, and every record a changed value refers to (auditReferenceFields).
 */
export async function resolveAuditNames(entries: Entry[]) {
  const wanted = new Map<AuditNameTable, Set<string>>();
  const want = (table: AuditNameTable, keys: string[]) => {
    const set = wanted.get(table) ?? new Set<string>();
    keys.forEach((key) => set.add(key));
    wanted.set(table, set);
  };
  for (const entry of entries) {
    const table = auditEntityTables[entry.entity];
    if (table && entry.entityId) want(table, [entry.entityId]);
    for (const [field, change] of Object.entries(entry.changes)) {
      const referenced = auditReferenceFields[field];
      if (referenced) want(referenced, [...auditValueKeys(change.from), ...auditValueKeys(change.to)]);
    }
  }
  const ids = (entity: AuditEntity) =>
    entries.filter((e) => e.entity === entity && e.entityId).map((e) => e.entityId!);
  const [found, images, enquiries, emails] = await Promise.all([
    Promise.all(
      [...wanted].map(([table, keys]) => namesIn(table, [...keys]).then((rows) => ({ table, rows }))),
    ),
    db().image.findMany({
      where: { id: { in: ids("Image") } },
      select: { id: true, park: { select: { slug: true, name: true } } },
    }),
    db().enquiry.findMany({
      where: { id: { in: ids("Enquiry") } },
      select: { id: true, reference: true, company: true },
    }),
    db().outboxEmail.findMany({
      where: { id: { in: ids("OutboxEmail") } },
      select: { id: true, subject: true },
    }),
  ]);
  const names = new Map<string, AuditName>();
  for (const { table, rows } of found)
    for (const [key, name] of rows) names.set(auditNameKey(table, key), name);

  const records = new Map<string, AuditRecord>();
  for (const entry of entries) {
    if (!entry.entityId) continue;
    const table = auditEntityTables[entry.entity];
    const named = table ? names.get(auditNameKey(table, entry.entityId)) : undefined;
    const kept = nameKeptOnDelete(entry.changes);
    if (named) records.set(`${entry.entity}:${entry.entityId}`, { name: named.name, slug: named.slug });
    else if (kept) records.set(`${entry.entity}:${entry.entityId}`, { name: kept, slug: null });
  }
  for (const image of images)
    if (image.park)
      records.set(`Image:${image.id}`, { name: image.park.name as Localized, parkSlug: image.park.slug });
  for (const enquiry of enquiries)
    records.set(`Enquiry:${enquiry.id}`, {
      name: plain(`${enquiry.reference} · ${enquiry.company}`),
      reference: enquiry.reference,
    });
  for (const email of emails) records.set(`OutboxEmail:${email.id}`, { name: plain(email.subject) });
  return { records, names };
}
