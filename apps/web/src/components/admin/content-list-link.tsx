import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { contentKinds, type EditableKind } from "@ig/domain";

/** The way back from a record's staff pages to the list of its kind. */
export async function ContentListLink({ kind }: { kind: EditableKind }) {
  const t = await getTranslations("admin.content");
  return (
    <p>
      <Link href={`/admin/${contentKinds[kind].path}`} className="text-brand-800 underline">
        {t(`lists.${kind}`)}
      </Link>
    </p>
  );
}
