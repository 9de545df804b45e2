"use client";
import { useActionState } from "react";
import type { EditState } from "@/server/content-edit-state";

/** The server action behind a versioned edit form (useActionState's shape). */
export type EditAction<R> = (state: EditState<R>, form: FormData) => Promise<EditState<R>>;

/**
 * What every versioned staff edit form derives from its last submit, in one place so the forms
 * cannot drift apart: after a conflict the other person's version (so saving again is a deliberate
 * choice), after a conflict or refused input the values this editor submitted (otherwise null),
 * and whether a field was refused.
 */
export function useVersionedEdit<R extends { version: number }>({
  action,
  record,
}: {
  action: EditAction<R>;
  record: R;
}) {
  const [state, submit, pending] = useActionState(action, { kind: "idle" });
  const submitted = state.kind === "conflict" || state.kind === "invalid" ? state.values : null;
  const version = state.kind === "conflict" ? state.current.version : record.version;
  const invalid = (path: string) => state.kind === "invalid" && state.fields.includes(path);
  return { state, submit, pending, submitted, version, invalid };
}
