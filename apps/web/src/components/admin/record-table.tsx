import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";

/** The standard look of a staff list table; dense lists (audit, inbox, outbox) add `text-sm`. */
export const recordTableClass = "w-full border-collapse bg-white text-left";

/**
 * The table every staff list page uses, so headings always carry scope="col" and a caption
 * (read only by screen readers) names the table where the page gives one.
 * Rows come as children: each page knows what its cells hold. Each plain `<td>` of a plain `<tr>`
 * gets its column's heading as `data-label`, which a phone shows before the value once the table
 * is laid out as a list (globals.css); a cell spanning columns or rendered by a component of its
 * own keeps its place but shows no label.
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
      <tbody>{labelCells(children, headings)}</tbody>
    </table>
  );
}

function labelCells(rows: ReactNode, headings: string[]): ReactNode {
  return Children.map(rows, (row) => {
    if (!isValidElement<{ children?: ReactNode }>(row) || row.type !== "tr") return row;
    let column = -1;
    const cells = Children.map(row.props.children, (cell) => {
      column++;
      if (!isValidElement<{ colSpan?: number }>(cell) || cell.type !== "td" || cell.props.colSpan)
        return cell;
      return cloneElement(cell as ReactElement<Record<string, unknown>>, { "data-label": headings[column] });
    });
    return cloneElement(row, {}, cells);
  });
}
