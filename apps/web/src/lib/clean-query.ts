/** URL query without empty values, so links stay short and equal states share one URL. */
export function cleanQuery(
  query: Record<string, string | number | boolean | undefined>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query)
      .filter(([, value]) => value !== undefined && value !== "" && value !== false)
      .map(([key, value]) => [key, value === true ? "1" : String(value)]),
  );
}
