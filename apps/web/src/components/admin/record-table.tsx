import type { ReactNode } from "react";

/** The standard look of a staff list table; dense lists (audit, inbox, outbox) add `text-sm`. */
export const recordTableClass = "w-full border-collapse bg-white text-left";

/**
 * The table every staff list page uses, so headings always carry scope="col" and a caption
 * (read only by screen readers) names the table where the page gives one.
 * Rows come as children: each page knows what its cells hold.
 */
export function RecordTable({
  caption,
  headings,
  cell,
  className = recordTableClass,
  children,
}: {
  caption?: string;
  /** Column headings, in order; the text is the React key, so it must be unique. */
  headings: string[];
  /** The class of the heading cells, the same as the page's body cells. */
  cell: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <table className={className}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col" className={cell}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
