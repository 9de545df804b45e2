import { getFormatter, getTranslations } from "next-intl/server";

/** When a record was last verified, or "Never". */
export async function VerifiedDate({ date }: { date: string | null }) {
  const t = await getTranslations("admin.records");
  const format = await getFormatter();
  return date ? format.dateTime(new Date(date), { dateStyle: "medium", timeZone: "UTC" }) : t("never");
}
