import type { Localized as LocalizedValue } from "@ig/db";
import { Link } from "@/i18n/navigation";
import { Localized } from "./localized";

/** A titled list of links to records of one kind (parks, projects, policies …), or nothing. */
export function LinkList({
  id,
  title,
  basePath,
  param,
  items,
  children,
}: {
  id: string;
  title: string;
  basePath: string;
  /** Link to `basePath?param=slug` (a filtered list) instead of `basePath/slug`. */
  param?: string;
  items: { slug: string; name: LocalizedValue }[];
  /** Shown after the list, e.g. a link to the whole filtered list. */
  children?: React.ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold text-brand-900">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.slug}>
            <Link
              href={
                param ? { pathname: basePath, query: { [param]: item.slug } } : `${basePath}/${item.slug}`
              }
              className="text-brand-800 underline"
            >
              <Localized value={item.name} />
            </Link>
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
