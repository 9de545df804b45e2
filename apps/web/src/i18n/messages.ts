// Messages are split by feature (messages/<locale>/<feature>.json) so that each feature owns its
// strings; every file exists in both languages, and a test checks that their keys match.
import type { Locale } from "@ig/domain/locale";

export const features = [
  "site",
  "home",
  "parks",
  "projects",
  "policies",
  "news",
  "industries",
  "compare",
  "map",
  "search",
  "enquiry",
  "site-selection",
  "admin",
  "open-data",
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    features.map(async (feature) => (await import(`../../messages/${locale}/${feature}.json`)).default),
  );
  return Object.assign({}, ...parts);
}
