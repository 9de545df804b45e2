import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanString, isCleanText, maxTextLength } from "./clean-text.ts";
import { ZContentCreate, ZParkEdit, ZPolicyEdit } from "./content-kinds/index.ts";
import { ZEnquiryInput } from "./enquiry-input.ts";
import { parseEnquiryFilter, ZEnquiryNote, ZRetryOutboxEmail } from "./enquiry-inbox.ts";
import { ZFigureEdit } from "./figure-edit.ts";
import { ZRecordId, ZSlug } from "./record-keys.ts";
import { parseStaffListFilter } from "./staff-list-filter.ts";
import { ZLoginInput, ZStaffUserInput } from "./staff-input.ts";

// Text PostgreSQL refuses: NUL, and a surrogate without its other half.
const unstorable = fc.constantFrom("\u0000", "\ud800", "\udfff", "\udc00x", "x\udbff");
const withUnstorable = fc
  .tuple(fc.string(), unstorable, fc.string())
  .map(([before, bad, after]) => before + bad + after);

describe("cleanString", () => {
  it("takes any well-formed text without NUL, astral characters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        fc.pre(!text.includes("\u0000"));
        expect(cleanString().parse(text)).toBe(text);
      }),
    );
    expect(cleanString().parse("投资 😀 Zürich")).toBe("投资 😀 Zürich");
  });

  it("refuses NUL and lone surrogates wherever they are, and over-long text", () => {
    fc.assert(
      fc.property(withUnstorable, (text) => {
        expect(isCleanText(text)).toBe(false);
        expect(
          cleanString()
            .safeParse(text)
            .error?.issues.map((i) => i.message),
        ).toContain("invalid");
      }),
    );
    expect(cleanString().safeParse("x".repeat(maxTextLength + 1)).error?.issues[0]?.message).toBe("tooLong");
  });

  it("is what every schema of outside text uses: a bad character is a field error, not a database error", () => {
    const bad = "Acme\u0000";
    const lone = "Acme\ud800";
    const text = (en: string) => ({ en, zh: "" });
    const enquiry = {
      name: "Li Wei",
      email: "li.wei@example.com",
      company: "Acme",
      country: "DE",
      sizeBand: "undecided",
      message: "We would like to know more about bonded storage.",
      language: "en",
      consent: true,
    };
    const park = {
      slug: "a-park",
      version: 1,
      name: text("A"),
      summary: text("B"),
      description: text("C"),
      type: "bonded-zone",
    };
    const policy = {
      slug: "a-policy",
      version: 1,
      title: text("A"),
      summary: text("B"),
      fullText: text("C"),
      issuer: text("D"),
      category: "tax",
    };
    const refused = [
      ZEnquiryInput.safeParse({ ...enquiry, company: lone }),
      ZEnquiryInput.safeParse({ ...enquiry, message: `${"long enough "}${lone}` }),
      ZEnquiryNote.safeParse({ reference: "IG-2026-000001", body: bad }),
      ZParkEdit.safeParse({ ...park, name: text(bad) }),
      ZParkEdit.safeParse({ ...park, summary: { en: "B", zh: lone } }),
      ZParkEdit.safeParse({ ...park, slug: "a\u0000b" }),
      ZPolicyEdit.safeParse({ ...policy, documentNumber: bad }),
      ZContentCreate.safeParse({
        kind: "park",
        slug: "new-park",
        areas: ["tianfu\u0000"],
        name: text("A"),
        type: "bonded-zone",
      }),
      ZStaffUserInput.safeParse({ email: "a@b.cn", name: lone, role: "viewer" }),
      ZLoginInput.safeParse({ email: bad, password: "x" }),
      ZFigureEdit.safeParse({ id: "a\u0000", version: 1 }),
    ];
    expect(refused.map((result) => result.success)).toEqual(refused.map(() => false));
    expect(parseEnquiryFilter({ q: "a\u0000b" })).toEqual({ q: "a\uFFFDb", page: 1 });
    expect(parseStaffListFilter({ area: "tianfu\u0000", park: ["a-park", "b-park"] })).toEqual({
      park: "a-park",
    });
  });
});

describe("record ids", () => {
  it("are the cuids Prisma makes and the UUIDs of the enquiry statement, nothing else", () => {
    expect(ZRecordId.safeParse("cmx32zbzr000dym7dtrurnykf").success).toBe(true);
    expect(ZRecordId.safeParse(randomUUID()).success).toBe(true);
    for (const other of ["", "x", "cmx32zbzr000dym7dtrurnykf\u0000", "../etc", "CMX32ZBZR000DYM7DTRURNYKF"])
      expect(ZRecordId.safeParse(other).success, other).toBe(false);
    expect(ZSlug.parse(" a-park ")).toBe("a-park");
    expect(ZSlug.safeParse("a_park").success).toBe(false);
  });

  it("let staff retry an enquiry's e-mail, whose id is a UUID", () => {
    const id = randomUUID();
    expect(ZRetryOutboxEmail.parse({ id })).toEqual({ id });
  });
});
