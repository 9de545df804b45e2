import { toCsv, ZEnquiryFilter } from "@ig/domain";
import { listEnquiries } from "@ig/db";
import { readableAreaIds } from "@/server/enquiry-access";
import { getStaffUser } from "@/server/session";

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
  const user = await getStaffUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  const filter = ZEnquiryFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows } = await listEnquiries({
    filter,
    areaIds: readableAreaIds(user),
    viewerId: user.id,
    pageSize: maxRows,
  });
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
