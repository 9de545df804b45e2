import { notFound } from "next/navigation";
import { editableKindOfPath, type EditableKind } from "@ig/domain";

/** The content kind named by the route's first segment (/admin/policies → "policy"), or a 404. */
export async function kindOfParams(params: Promise<{ kind: string }>): Promise<EditableKind> {
  return editableKindOfPath((await params).kind) ?? notFound();
}
