/** The comparison of these parks, as a path under the current locale (for next-intl's Link). */
export const comparePath = (slugs: readonly string[]) =>
  slugs.length ? `/compare?parks=${slugs.join(",")}` : "/compare";
