import {
  newsEditFields,
  parkEditFields,
  policyEditFields,
  projectEditFields,
  type AuditEntity,
  type EditableKind,
  type TNewsEdit,
  type TParkEdit,
  type TPolicyEdit,
  type TProjectEdit,
} from "@ig/domain";
import type { Tx } from "../client.ts";

/** A content row as the generic code reads it: the columns every kind shares, the rest by name. */
export type ContentRow = {
  id: string;
  slug: string;
  status: string;
  version: number;
  lastVerifiedAt: Date | null;
  updatedAt: Date;
} & Record<string, unknown>;

type Args = Record<string, unknown>;

/**
 * The Prisma methods the generic content code calls. Every content model's delegate has them,
 * but TypeScript cannot call a union of their generic signatures, so `contentTable` names this
 * shared shape once instead of four near-identical functions per operation.
 */
export type ContentTable = {
  findUnique(args: Args): Promise<ContentRow | null>;
  findMany(args: Args): Promise<ContentRow[]>;
  create(args: { data: Args }): Promise<ContentRow>;
  updateMany(args: { where: { id: string; version: number }; data: Args }): Promise<{ count: number }>;
  deleteMany(args: { where: { id: string; version: number } }): Promise<{ count: number }>;
};

export function contentTable(tx: Tx, kind: EditableKind): ContentTable {
  const tables = { project: tx.project, park: tx.park, policy: tx.policy, news: tx.newsItem };
  return tables[kind] as unknown as ContentTable;
}

/** The entity name the audit log records (the model's name). */
export const contentEntity: Record<EditableKind, AuditEntity> = {
  project: "Project",
  park: "Park",
  policy: "Policy",
  news: "NewsItem",
};

/** The fields staff edit, in the order the audit log lists them. */
export const contentEditFields: Record<EditableKind, readonly string[]> = {
  project: projectEditFields,
  park: parkEditFields,
  policy: policyEditFields,
  news: newsEditFields,
};

/** Fields stored as dates and edited as "YYYY-MM-DD". */
export const dateFields = new Set(["effectiveFrom", "effectiveTo", "publishedOn"]);

/** Projects and parks have one area (`area`), policies and news items several (`areas`). */
export const hasManyAreas = (kind: EditableKind) => kind === "policy" || kind === "news";

type EditOf = { project: TProjectEdit; park: TParkEdit; policy: TPolicyEdit; news: TNewsEdit };
export type ContentFields<K extends EditableKind> = Omit<EditOf[K], "slug" | "version">;
