import type { EditableKind } from "@ig/domain";
import type { Tx } from "../client.ts";

/** A content row as the generic code reads it: the columns every kind shares, the rest by name. */
type ContentRow = {
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
  update(args: { where: { id: string }; data: Args }): Promise<ContentRow>;
  updateMany(args: { where: { id: string; version: number }; data: Args }): Promise<{ count: number }>;
  deleteMany(args: { where: { id: string; version: number } }): Promise<{ count: number }>;
};

/** The table of a kind (its model is `contentKinds[kind].entity`). */
export function contentTable(tx: Tx, kind: EditableKind): ContentTable {
  const tables = { project: tx.project, park: tx.park, policy: tx.policy, news: tx.newsItem };
  return tables[kind] as unknown as ContentTable;
}
