import { formatMapBox, type TParkQuery } from "@ig/domain";

/**
 * The map or the parks list showing what a query finds, as a path under the current locale (for
 * next-intl's Link; prefix the locale for a plain link). The parks list reads only the filters.
 */
export function parkQueryPath(
  path: "/map" | "/parks",
  { area, type, industry, q, box }: Partial<TParkQuery>,
) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ area, type, industry })) if (value) params.set(name, value);
  if (path === "/map" && q) params.set("q", q);
  if (path === "/map" && box) params.set("box", formatMapBox(box));
  return params.size ? `${path}?${params}` : path;
}
