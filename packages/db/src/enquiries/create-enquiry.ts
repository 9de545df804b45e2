import { confirmationEmail, formatReference, staffNotificationEmail, type TEnquiryInput } from "@ig/domain";
import { db } from "../client.ts";

export interface CreateEnquiryOptions {
  input: TEnquiryInput;
  /** Spam is kept for staff to review, but never e-mailed. */
  spam: boolean;
  /** Absolute URLs for the e-mails (the app knows its public origin; the data layer does not). */
  statusUrl: string;
  inboxUrl: string;
  /** Where staff notifications go when no active staff member covers the areas concerned. */
  fallbackNotifyEmail: string;
}

/**
 * Writes an enquiry, its first status-history entry and its two outbox e-mails (the investor's
 * confirmation, the staff notification) in one transaction: either all of it is stored, or none.
 */
export async function createEnquiry({
  input,
  spam,
  statusUrl,
  inboxUrl,
  fallbackNotifyEmail,
}: CreateEnquiryOptions) {
  // Everything that is only read happens before the transaction, which then holds a connection
  // for three statements: many submissions at once must not queue behind each other's look-ups.
  const published = { status: "published" } as const;
  // Most enquiries name one or two topics: skip the look-ups that have nothing to find.
  const [parks, projects, policies] = await Promise.all([
    input.parks.length
      ? db().park.findMany({
          where: { slug: { in: input.parks }, ...published },
          select: { id: true, areaId: true, name: true },
        })
      : [],
    input.projects.length
      ? db().project.findMany({
          where: { slug: { in: input.projects }, ...published },
          select: { id: true, areaId: true, name: true },
        })
      : [],
    input.policies.length
      ? db().policy.findMany({
          where: { slug: { in: input.policies }, ...published },
          select: { id: true, title: true, areas: { select: { id: true } } },
        })
      : [],
  ]);
  const areaIds = new Set([...parks, ...projects].map((r) => r.areaId));
  policies.forEach((p) => p.areas.forEach((a) => areaIds.add(a.id)));
  // An enquiry about nothing in particular concerns both new areas.
  const areas = areaIds.size
    ? [...areaIds]
    : (await db().area.findMany({ select: { id: true } })).map((a) => a.id);
  const staff = spam
    ? []
    : await db().staffUser.findMany({
        where: {
          active: true,
          OR: [{ role: "admin" }, { role: "editor", areas: { some: { id: { in: areas } } } }],
        },
        select: { email: true },
        orderBy: { email: "asc" },
      });
  const about = [
    ...parks.map((p) => p.name),
    ...projects.map((p) => p.name),
    ...policies.map((p) => p.title),
  ].map((text) => (text as { en: string }).en);

  return db().$transaction(
    async (tx) => {
      const [{ nextval }] = await tx.$queryRaw<
        [{ nextval: bigint }]
      >`SELECT nextval('enquiry_reference_seq')`;
      const now = new Date();
      const reference = formatReference(now.getUTCFullYear(), Number(nextval));
      const status = spam ? "spam" : "new";
      const enquiry = await tx.enquiry.create({
        data: {
          reference,
          name: input.name,
          email: input.email,
          phone: input.phone,
          company: input.company,
          country: input.country,
          industrySlug: input.industry,
          sizeBand: input.sizeBand,
          message: input.message,
          language: input.language,
          consentAt: now,
          status,
          areas: { connect: areas.map((id) => ({ id })) },
          parks: { connect: parks.map(({ id }) => ({ id })) },
          projects: { connect: projects.map(({ id }) => ({ id })) },
          policies: { connect: policies.map(({ id }) => ({ id })) },
          history: { create: { fromStatus: null, toStatus: status } },
        },
        select: { id: true, reference: true, status: true },
      });
      if (spam) return enquiry;
      const confirmation = confirmationEmail({
        reference,
        name: input.name,
        language: input.language,
        statusUrl,
      });
      const notification = staffNotificationEmail({
        reference,
        company: input.company,
        country: input.country,
        about,
        inboxUrl,
      });
      await tx.outboxEmail.createMany({
        data: [
          { enquiryId: enquiry.id, to: input.email, language: input.language, ...confirmation },
          {
            enquiryId: enquiry.id,
            to: staff.length ? staff.map((s) => s.email).join(", ") : fallbackNotifyEmail,
            language: "en",
            ...notification,
          },
        ],
      });
      return enquiry;
    },
    { maxWait: 10_000 },
  );
}
