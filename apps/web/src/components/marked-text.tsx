import { markMatches } from "@ig/domain";

/**
 * Text with a search's terms highlighted (see markMatches). React escapes every piece: a
 * record's text is never read as HTML.
 */
export function MarkedText({ text, marks }: { text: string; marks: string[] }) {
  return (
    <>
      {markMatches(text, marks).map((piece, index) =>
        piece.mark ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
