import type { VerifiableKind, Locale } from "@ig/domain";
import { db } from "../client.ts";
import type { Localized } from "../dto.ts";
import { unionOfKinds } from "./record-kind-sql.ts";

type Row = {
  kind: VerifiableKind;
  id: string;
  slug: string | null;
  name: Localized;
  field: string;
  en: boolean;
  zh: boolean;
};

const blank = (locale: Locale) => `coalesce(btrim(f.value->>'${locale}'), '') = ''`;

/**
 * Every content record (any kind, any status) with a bilingual text whose English or Chinese is
 * empty: per record, which fields lack which language. One query: per kind, its { en, zh }
 * columns unfolded into rows (a nullable text left unset, e.g. a park without an address, is
 * not missing anything).
 */
export async function listMissingTranslations() {
  const union = unionOfKinds(
    (kind, spec) => `SELECT '${kind}' AS kind, t.id, ${spec.hasSlug ? "t.slug" : "NULL"} AS slug,
      t."${spec.nameField}" AS name, f.field, ${blank("en")} AS en, ${blank("zh")} AS zh
    FROM "${spec.table}" t
    CROSS JOIN LATERAL (VALUES ${spec.texts.map((c) => `('${c}', t."${c}")`).join(", ")}) AS f(field, value)
    WHERE jsonb_typeof(f.value) = 'object' AND (${blank("en")} OR ${blank("zh")})`,
  );
  const rows = await db().$queryRawUnsafe<Row[]>(
    `SELECT * FROM (${union}) s ORDER BY s.kind, s.name->>'en', s.id`,
  );
  const records = new Map<
    string,
    Omit<Row, "field" | "en" | "zh"> & { fields: { field: string; missing: Locale[] }[] }
  >();
  for (const { field, en, zh, ...record } of rows) {
    const key = `${record.kind}:${record.id}`;
    if (!records.has(key)) records.set(key, { ...record, fields: [] });
    const missing = (["en", "zh"] as const).filter((_, i) => [en, zh][i]);
    records.get(key)!.fields.push({ field, missing });
  }
  return [...records.values()];
}
export type MissingTranslation = Awaited<ReturnType<typeof listMissingTranslations>>[number];
