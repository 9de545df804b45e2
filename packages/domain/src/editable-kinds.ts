/**
 * The kinds of content staff create, edit, publish and delete through one generic path (the
 * data layer's content/ folder and the web's content actions), and the path of each staff list.
 */
export const editableKinds = ["project", "park", "policy", "news"] as const;
export type EditableKind = (typeof editableKinds)[number];

/** The staff list of each kind lives at /admin/<segment>. */
export const editableKindPaths: Record<EditableKind, string> = {
  project: "projects",
  park: "parks",
  policy: "policies",
  news: "news",
};

/** The kind whose staff list lives at /admin/<segment>, if any. */
export function editableKindOfPath(segment: string): EditableKind | undefined {
  return editableKinds.find((kind) => editableKindPaths[kind] === segment);
}
