import { describe, expect, it } from "vitest";
import { ZContentCreate } from "./content-kinds.ts";
import { ZNewsEdit } from "./news-kind.ts";
import { ZPolicyEdit } from "./policy-kind.ts";

const text = { en: "Text", zh: "文本" };
const policy = {
  slug: "p",
  areas: ["tianfu"],
  version: "2",
  title: text,
  summary: text,
  fullText: text,
  benefit: { en: " ", zh: "" },
  issuer: text,
  category: "tax",
  documentNumber: "",
  effectiveFrom: "2026-01-01",
  effectiveTo: "",
};

describe("ZPolicyEdit and ZNewsEdit", () => {
  it("reads blank optional fields as none", () => {
    expect(ZPolicyEdit.parse(policy)).toMatchObject({
      version: 2,
      benefit: null,
      documentNumber: null,
      effectiveFrom: "2026-01-01",
      effectiveTo: null,
    });
  });

  it("refuses a policy that ends before it starts, and a news item without a real date", () => {
    const ends = ZPolicyEdit.safeParse({ ...policy, effectiveTo: "2025-12-31" });
    expect(ends.error?.issues.map((i) => i.path.join("."))).toEqual(["effectiveTo"]);
    const news = { slug: "n", version: 1, areas: ["tianfu"], title: text, summary: text, body: text };
    expect(ZNewsEdit.safeParse({ ...news, publishedOn: "2026-02-30" }).success).toBe(false);
    expect(ZNewsEdit.parse({ ...news, publishedOn: "2026-02-28" }).publishedOn).toBe("2026-02-28");
  });
});

describe("ZContentCreate", () => {
  const news = {
    kind: "news",
    slug: "rail-link",
    areas: ["liangjiang"],
    title: text,
    publishedOn: "2026-11-26",
  };
  it("needs a readable slug, the kind's fields and its areas (one for parks and projects)", () => {
    expect(ZContentCreate.parse(news)).toEqual(news);
    expect(ZContentCreate.safeParse({ ...news, slug: "Rail Link" }).success).toBe(false);
    expect(ZContentCreate.safeParse({ ...news, areas: [] }).success).toBe(false);
    const park = { kind: "park", slug: "new-park", name: text, type: "bonded-zone" };
    expect(ZContentCreate.safeParse({ ...park, areas: ["tianfu"] }).success).toBe(true);
    expect(ZContentCreate.safeParse({ ...park, areas: ["tianfu", "liangjiang"] }).success).toBe(false);
  });
});
