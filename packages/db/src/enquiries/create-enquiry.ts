import { randomUUID } from "node:crypto";
import {
  confirmationEmail,
  dayIn,
  formatReference,
  staffNotificationEmail,
  type TEnquiryInput,
} from "@ig/domain";
import { config } from "../config/index.ts";
import type { Localized } from "../dto.ts";
import { preparedQuery } from "../prepared-query.ts";
import { findSubmittedEnquiry, submissionHash, type SubmittedEnquiry } from "./find-submitted-enquiry.ts";

export interface CreateEnquiryOptions {
  input: TEnquiryInput;
  /** Spam is kept for staff to review, but never e-mailed. */
  spam: boolean;
  /** Absolute URLs for the e-mails (the app knows its public origin; the data layer does not). */
  statusUrl: string;
  inboxUrl: string;
  /** Where staff notifications go when no active staff member covers the areas concerned. */
  fallbackNotifyEmail: string;
  /** The form's one-time token or the API's Idempotency-Key (see ZSubmissionToken); optional. */
  submissionToken?: string;
}

export type CreatedEnquiry = { kind: "created"; id: string; reference: string; status: string };

interface Topics {
  /** The next reference number (int8, as node-postgres gives it). */
  seq: string;
  areaIds: string[];
  parks: { id: string; name: Localized }[];
  projects: { id: string; name: Localized }[];
  policies: { id: string; name: Localized }[];
  staff: string[];
}

// Every row hangs off the enquiry CTE's RETURNING: when the token is taken, that is empty and
// the statement writes nothing at all.
const insertEnquiry = `
  WITH enquiry AS (
    INSERT INTO "Enquiry" ("id", "reference", "name", "email", "phone", "company", "country",
      "industrySlug", "sizeBand", "message", "language", "consentAt", "status", "updatedAt",
      "submissionToken", "submissionHash")
    VALUES ($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text,
      $10::text, $11::text, now(), $12::text, now(), $13::text, $14::text)
    ON CONFLICT ("submissionToken") DO NOTHING
    RETURNING "id"
  ), history AS (
    INSERT INTO "EnquiryStatusChange" ("id", "enquiryId", "fromStatus", "toStatus")
    SELECT $15::text, e."id", NULL, $12::text FROM enquiry e
  ), areas AS (
    INSERT INTO "_AreaToEnquiry" ("A", "B") SELECT unnest($16::text[]), e."id" FROM enquiry e
  ), parks AS (
    INSERT INTO "_EnquiryToPark" ("A", "B") SELECT e."id", unnest($17::text[]) FROM enquiry e
  ), projects AS (
    INSERT INTO "_EnquiryToProject" ("A", "B") SELECT e."id", unnest($18::text[]) FROM enquiry e
  ), policies AS (
    INSERT INTO "_EnquiryToPolicy" ("A", "B") SELECT e."id", unnest($19::text[]) FROM enquiry e
  ), outbox AS (
    INSERT INTO "OutboxEmail" ("id", "enquiryId", "to", "language", "subject", "text")
    SELECT unnest($20::text[]), e."id", unnest($21::text[]), unnest($22::text[]), unnest($23::text[]),
      unnest($24::text[])
    FROM enquiry e
  )
  SELECT "id" FROM enquiry`;

/** The published parks, projects and policies named, the areas they concern (both when none), and their staff. */
const selectTopics = `
  WITH parks AS (
    SELECT "id", "areaId", "name" FROM "Park" WHERE "slug" = ANY($1::text[]) AND "status" = 'published'
  ), projects AS (
    SELECT "id", "areaId", "name" FROM "Project" WHERE "slug" = ANY($2::text[]) AND "status" = 'published'
  ), policies AS (
    SELECT "id", "title" AS "name" FROM "Policy" WHERE "slug" = ANY($3::text[]) AND "status" = 'published'
  ), named AS (
    SELECT "areaId" AS "id" FROM parks UNION SELECT "areaId" FROM projects
    UNION SELECT ap."A" FROM "_AreaToPolicy" ap JOIN policies p ON p."id" = ap."B"
  ), areas AS (
    SELECT "id" FROM named UNION SELECT "id" FROM "Area" WHERE NOT EXISTS (SELECT 1 FROM named)
  )
  SELECT nextval('enquiry_reference_seq') AS "seq",
    ARRAY(SELECT "id" FROM areas) AS "areaIds",
    (SELECT coalesce(json_agg(json_build_object('id', "id", 'name', "name")), '[]') FROM parks) AS "parks",
    (SELECT coalesce(json_agg(json_build_object('id', "id", 'name', "name")), '[]') FROM projects) AS "projects",
    (SELECT coalesce(json_agg(json_build_object('id', "id", 'name', "name")), '[]') FROM policies) AS "policies",
    ARRAY(
      SELECT s."email" FROM "StaffUser" s
      WHERE s."active" AND (s."role" = 'admin' OR (s."role" = 'editor' AND EXISTS (
        SELECT 1 FROM "_StaffAreas" sa WHERE sa."B" = s."id" AND sa."A" IN (SELECT "id" FROM areas))))
      ORDER BY s."email"
    ) AS "staff"`;

/**
 * Writes an enquiry, its first status-history entry, its areas and topics and its two outbox
 * e-mails (the investor's confirmation, the staff notification): either all of it is stored, or
 * none. This is the portal's hottest write, so it costs two prepared statements (preparedQuery)
 * and no transaction round trips: one reads what the e-mails need (the published topics, their
 * areas, the staff who cover them, the next reference number), one writes every row at once (a
 * single INSERT … WITH statement is atomic by itself).
 *
 * With a `submissionToken` that an enquiry already carries, nothing is written: the answer is that
 * enquiry's reference when the fields are the same ("repeat"), or "token-reused" when they are
 * not. The unique index decides, so of two identical submissions racing each other exactly one
 * is stored and the other reports it as a repeat.
 */
export async function createEnquiry(
  options: CreateEnquiryOptions & { submissionToken?: undefined },
): Promise<CreatedEnquiry>;
export async function createEnquiry(
  options: CreateEnquiryOptions,
): Promise<CreatedEnquiry | SubmittedEnquiry>;
export async function createEnquiry({
  input,
  spam,
  statusUrl,
  inboxUrl,
  fallbackNotifyEmail,
  submissionToken,
}: CreateEnquiryOptions): Promise<CreatedEnquiry | SubmittedEnquiry> {
  const topics = await readTopics(input);
  const reference = formatReference(
    // The year in China: an enquiry sent on 1 January at 05:00 China time is of the new year.
    Number(dayIn(new Date(), config().timeZone).slice(0, 4)),
    Number(topics.seq),
  );
  const status = spam ? "spam" : "new";
  const id = randomUUID();
  const emails = spam
    ? []
    : outboxEmails(input, topics, { reference, statusUrl, inboxUrl, fallbackNotifyEmail });
  const inserted = await preparedQuery<{ id: string }>("create-enquiry", insertEnquiry, [
    id,
    reference,
    input.name,
    input.email,
    input.phone ?? null,
    input.company,
    input.country,
    input.industry ?? null,
    input.sizeBand,
    input.message,
    input.language,
    status,
    submissionToken ?? null,
    submissionToken ? submissionHash(input) : null,
    randomUUID(),
    topics.areaIds,
    topics.parks.map((p) => p.id),
    topics.projects.map((p) => p.id),
    topics.policies.map((p) => p.id),
    emails.map(() => randomUUID()),
    emails.map((e) => e.to),
    emails.map((e) => e.language),
    emails.map((e) => e.subject),
    emails.map((e) => e.text),
  ]);
  if (inserted.length > 0) return { kind: "created", id, reference, status };
  // Only a taken token skips the insert, and a stored enquiry is never deleted: it is there.
  return (await findSubmittedEnquiry({ token: submissionToken!, input }))!;
}

async function readTopics(input: TEnquiryInput): Promise<Topics> {
  const [topics] = await preparedQuery<Topics>("read-enquiry-topics", selectTopics, [
    input.parks,
    input.projects,
    input.policies,
  ]);
  return topics!;
}

function outboxEmails(
  input: TEnquiryInput,
  topics: Topics,
  urls: { reference: string; statusUrl: string; inboxUrl: string; fallbackNotifyEmail: string },
) {
  const { reference, statusUrl, inboxUrl, fallbackNotifyEmail } = urls;
  const about = [...topics.parks, ...topics.projects, ...topics.policies].map((t) => t.name.en!);
  return [
    {
      to: input.email,
      language: input.language,
      ...confirmationEmail({ reference, name: input.name, language: input.language, statusUrl }),
    },
    {
      to: topics.staff.length ? topics.staff.join(", ") : fallbackNotifyEmail,
      language: "en",
      ...staffNotificationEmail({
        reference,
        company: input.company,
        country: input.country,
        about,
        inboxUrl,
      }),
    },
  ];
}
