import type { Prisma } from "../generated/prisma/client.ts";
import { db } from "../client.ts";

export interface AuditFilter {
  entity?: string;
  action?: string;
  actorId?: string;
  /** Inclusive day range, as dates (the whole of `to` counts). */
  from?: Date;
  to?: Date;
  page?: number;
  pageSize?: number;
}

/**
 * The audit log, newest first, one page at a time, with the values the filters can take (the
 * entities, actions and actors that occur) so the page offers only choices that find something.
 */
export async function listAuditEntries({ page = 1, pageSize = 50, ...filter }: AuditFilter) {
  const until = filter.to && new Date(filter.to.getTime() + 24 * 3600_000);
  const where: Prisma.AuditEntryWhereInput = {
    entity: filter.entity || undefined,
    action: filter.action || undefined,
    actorId: filter.actorId || undefined,
    createdAt: filter.from || until ? { gte: filter.from, lt: until } : undefined,
  };
  const [total, entries, entities, actions, actors] = await Promise.all([
    db().auditEntry.count({ where }),
    db().auditEntry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        createdAt: true,
        action: true,
        entity: true,
        entityId: true,
        changes: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
    db().auditEntry.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
    db().auditEntry.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db().staffUser.findMany({
      where: { auditEntries: { some: {} } },
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    entries: entries.map((entry) => ({
      ...entry,
      changes: (entry.changes ?? {}) as Record<string, { from: unknown; to: unknown }>,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    facets: { entities: entities.map((e) => e.entity), actions: actions.map((a) => a.action), actors },
  };
}
export type AuditPage = Awaited<ReturnType<typeof listAuditEntries>>;
