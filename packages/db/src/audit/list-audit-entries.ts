import { dayRangeIn, type AuditAction, type AuditEntity } from "@ig/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import { db } from "../client.ts";
import { config } from "../config/index.ts";
import { resolveAuditNames, type AuditNames } from "./resolve-audit-names.ts";

export interface AuditFilter {
  entity?: AuditEntity;
  /** One record's id: with `entity`, that record's whole history. */
  recordId?: string;
  action?: AuditAction;
  actorId?: string;
  /** Inclusive range of calendar days in the portal's time zone (China time), "YYYY-MM-DD". */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export type AuditChange = { from: unknown; to: unknown };

/**
 * The audit log, newest first, one page at a time, for people: each entry with the record it is
 * about (its name and what a link needs, or null once it is gone), and `names`: the name of every
 * record a changed value refers to (by id or slug, see auditReferenceFields), so the page shows
 * "Liangjiang New Area" instead of an id. Also the actors who occur, for the filter.
 */
export async function listAuditEntries({ page = 1, pageSize = 50, ...filter }: AuditFilter) {
  const where: Prisma.AuditEntryWhereInput = {
    entity: filter.entity,
    entityId: filter.recordId,
    action: filter.action,
    actorId: filter.actorId,
    createdAt: dayRangeIn(filter, config().timeZone),
  };
  const [total, rows, actors] = await Promise.all([
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
    db().staffUser.findMany({
      where: { auditEntries: { some: {} } },
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const entries = rows.map((row) => ({
    ...row,
    action: row.action as AuditAction,
    entity: row.entity as AuditEntity,
    changes: (row.changes ?? {}) as Record<string, AuditChange>,
  }));
  const { records, names } = await resolveAuditNames(entries);
  return {
    entries: entries.map((entry) => ({
      ...entry,
      record: entry.entityId ? (records.get(`${entry.entity}:${entry.entityId}`) ?? null) : null,
    })),
    names: Object.fromEntries(names) as AuditNames,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    actors,
  };
}
export type AuditPage = Awaited<ReturnType<typeof listAuditEntries>>;
