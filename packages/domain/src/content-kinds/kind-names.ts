/**
 * The names of the kinds of content records, without their schemas (client components import
 * this file alone). Each has one definition in content-kinds.ts / record-kinds.ts.
 * - editable: created, edited, published and deleted by staff through one generic path;
 * - verifiable: every kind staff keep current (each has lastVerifiedAt and a version).
 */
export const editableKinds = ["project", "park", "policy", "news"] as const;
export type EditableKind = (typeof editableKinds)[number];

// In the order the dashboard and the staleness view list them.
export const verifiableKinds = ["park", "project", "policy", "news", "figure", "industry"] as const;
export type VerifiableKind = (typeof verifiableKinds)[number];
