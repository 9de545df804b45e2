import { z } from "zod";
import { cleanString } from "./clean-text.ts";
import { countryCodes } from "./countries.ts";
import { locales } from "./locale.ts";
import { slugPattern } from "./slug.ts";

export const sizeBands = ["under-1m", "1m-10m", "10m-100m", "over-100m", "undecided"] as const;
export type SizeBand = (typeof sizeBands)[number];

/**
 * Error messages are keys ("required", "email" …), not sentences: the form shows them in the
 * visitor's language, and the server returns the same keys.
 */
export type EnquiryErrorKey = "required" | "tooShort" | "tooLong" | "email" | "invalid" | "consent";

// Control characters never belong in a name or a message (tabs and line breaks do, in a message).
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const lineBreaks = /[\r\n\t]/;

const line = (max: number) =>
  cleanString("required")
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "tooLong" })
    .refine((v) => !controlChars.test(v) && !lineBreaks.test(v), { error: "invalid" });

const slugList = z
  .array(z.string().regex(slugPattern, { error: "invalid" }), { error: "invalid" })
  .max(10, { error: "tooLong" })
  .default([]);

export const ZEnquiryInput = z.object({
  name: line(120),
  email: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "email" })),
  phone: z
    .string()
    .trim()
    .max(30, { error: "tooLong" })
    .regex(/^(\+?[0-9][0-9 ()-]{5,28})?$/, { error: "invalid" })
    .transform((v) => v || undefined)
    .optional(),
  company: line(200),
  country: z.enum(countryCodes, { error: "required" }),
  industry: z
    .string()
    .regex(slugPattern, { error: "invalid" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  sizeBand: z.enum(sizeBands, { error: "required" }),
  parks: slugList,
  projects: slugList,
  policies: slugList,
  message: cleanString("required")
    .trim()
    .min(10, { error: "tooShort" })
    .max(5000, { error: "tooLong" })
    .refine((v) => !controlChars.test(v), { error: "invalid" }),
  language: z.enum(locales, { error: "required" }),
  consent: z.literal(true, { error: "consent" }),
});
export type TEnquiryInput = z.infer<typeof ZEnquiryInput>;
export type EnquiryField = keyof TEnquiryInput;
export type EnquiryFieldErrors = Partial<Record<EnquiryField, EnquiryErrorKey>>;

/** The first error of each field, as a message key. */
export function enquiryFieldErrors(error: z.ZodError): EnquiryFieldErrors {
  const errors: EnquiryFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as EnquiryField | undefined;
    if (field && !errors[field]) errors[field] = (issue.message as EnquiryErrorKey) ?? "invalid";
  }
  return errors;
}

/**
 * The form's fields as the browser posts them (FormData or URL-encoded), in the schema's shape:
 * repeated fields become lists, the consent checkbox a boolean.
 */
export function enquiryFromForm(form: { get(name: string): unknown; getAll(name: string): unknown[] }) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const list = (name: string) =>
    form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  return {
    name: text("name"),
    email: text("email"),
    phone: text("phone"),
    company: text("company"),
    country: text("country"),
    industry: text("industry"),
    sizeBand: text("sizeBand"),
    parks: list("parks"),
    projects: list("projects"),
    policies: list("policies"),
    message: text("message"),
    language: text("language"),
    consent: text("consent") === "on" || text("consent") === "true",
  };
}

/**
 * What makes a repeated submission recognisable: the enquiry form's one-time token (a hidden
 * field, a fresh UUID each time the form is rendered) or the `Idempotency-Key` header of
 * POST /api/enquiries. A repeat with a known token stores nothing new (see createEnquiry).
 */
export const ZSubmissionToken = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, { error: "invalid" });

/** Human-friendly and unique: IG-2026-000123 (the number comes from a database sequence). */
export function formatReference(year: number, sequence: number): string {
  return `IG-${year}-${String(sequence).padStart(6, "0")}`;
}

/** An enquiry reference as typed or linked: case and surrounding spaces do not matter. */
export const ZEnquiryReference = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^IG-\d{4}-\d{6,}$/, { error: "invalid" });

export const ZReferenceLookup = z.object({
  reference: ZEnquiryReference,
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ error: "email" })),
});

/**
 * What a link to the form pre-fills: ?park=a&park=b, ?parks=a,b (the comparison view), ?project=…,
 * ?policy=…. Anything that is not a slug is dropped; at most ten of each.
 */
export function parseEnquiryTopics(params: Record<string, string | string[] | undefined>) {
  const slugs = (...names: string[]) =>
    [
      ...new Set(
        names
          .flatMap((name) => [params[name] ?? []].flat())
          .flatMap((value) => value.split(","))
          .map((value) => value.trim())
          .filter((value) => slugPattern.test(value)),
      ),
    ].slice(0, 10);
  return {
    parks: slugs("park", "parks"),
    projects: slugs("project", "projects"),
    policies: slugs("policy", "policies"),
  };
}
