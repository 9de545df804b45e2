import { notFound } from "next/navigation";
import type { z } from "zod";
import { ZSlug } from "@ig/domain";

/**
 * A URL segment parsed with its schema from @ig/domain (ZSlug, ZRecordId, ZEnquiryReference …), or
 * a 404: a value that cannot name a record finds none, and never reaches a query (a NUL in it
 * would be a database error, not a missing page).
 */
export function parsedParam<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : notFound();
}

/** The [slug] segment of a page: a slug, or a 404. */
export async function slugParam(params: Promise<{ slug: string }>): Promise<string> {
  return parsedParam(ZSlug, (await params).slug);
}
