import { z } from "zod";
import type { RecordKindDefinition } from "./kind-definition.ts";
import { editableKinds, type EditableKind, type VerifiableKind } from "./kind-names.ts";
import { newsKind } from "./news-kind.ts";
import { parkKind } from "./park-kind.ts";
import { policyKind } from "./policy-kind.ts";
import { projectKind } from "./project-kind.ts";

/**
 * THE definition of each editable kind (parks in park-kind.ts, …): the edit form, the zod
 * schemas, the staff list, staleness, search text and the data layer's generic content code all
 * read it, so a field is added in one place.
 */
export const contentKinds = {
  project: projectKind,
  park: parkKind,
  policy: policyKind,
  news: newsKind,
} as const satisfies Record<EditableKind, unknown>;
export type ContentKindOf<K extends EditableKind> = (typeof contentKinds)[K];

/** Figures and industries are kept current like the others, but edited on their own pages. */
export const recordKinds: Record<VerifiableKind, RecordKindDefinition> = {
  ...contentKinds,
  figure: {
    entity: "Figure",
    path: "figures",
    hasSlug: false,
    nameField: "label",
    texts: ["label", "unitLabel", "period"],
  },
  industry: { entity: "Industry", path: "industries", hasSlug: true, nameField: "name", texts: ["name"] },
};

/** The kind whose staff list lives at /admin/<segment>, if any. */
export function editableKindOfPath(segment: string): EditableKind | undefined {
  return editableKinds.find((kind) => contentKinds[kind].path === segment);
}

/** The minimum a new record needs (its kind's `createSchema`); it starts as a draft. */
export const ZContentCreate = z.discriminatedUnion("kind", [
  projectKind.createSchema,
  parkKind.createSchema,
  policyKind.createSchema,
  newsKind.createSchema,
]);
export type TContentCreate = z.infer<typeof ZContentCreate>;

/** The fields a kind's edit saves (its schema's output without slug and version). */
export type ContentEditOf<K extends EditableKind> = Omit<
  z.infer<ContentKindOf<K>["editSchema"]>,
  "slug" | "version"
>;
