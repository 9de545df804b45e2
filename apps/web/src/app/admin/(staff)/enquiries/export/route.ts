import { toCsv, ZEnquiryFilter } from "@ig/domain";
import { listEnquiries } from "@ig/db";
import { requireStaffRequest } from "@/server/staff-guard";

// One file is meant for a spreadsheet: beyond this, narrow the filters.
const maxRows = 10_000;
const header = [
  "reference",
  "received",
  "status",
  "company",
  "name",
  "email",
  "country",
  "industry",
  "size",
  "areas",
  "assignee",
  "message",
];

/**
 * The inbox as CSV, with the inbox's filters (same URL parameters) and the same area scope: every
 * signed-in staff member may read, viewers included. UTF-8 with a byte-order mark, so that Excel
 * shows Chinese names correctly; formula-like cells are neutralised by toCsv.
 */
export async function GET(request: Request) {
  const { user, refused } = await requireStaffRequest();
  if (refused) return refused;
  const parsed = ZEnquiryFilter.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "Unknown or malformed filter." }, { status: 400 });
  const { rows } = await listEnquiries(user, { filter: parsed.data, pageSize: maxRows });
  const csv = toCsv([
    header,
    ...rows.map((row) => [
      row.reference,
      row.createdAt.toISOString(),
      row.status,
      row.company,
      row.name,
      row.email,
      row.country,
      row.industrySlug ?? "",
      row.sizeBand,
      row.areas.join(" "),
      row.assignee?.name ?? "",
      row.message,
    ]),
  ]);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="enquiries-${day}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
