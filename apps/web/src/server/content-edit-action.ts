import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { contentTag } from "@/lib/cached-data";
import { formObject } from "@/lib/form-object";
import { editIntents, editStateOf, type EditIntent, type EditState } from "./content-edit-state";
import { withContentErrors } from "./content-errors-to-status";
import { staffAction } from "./staff-action";

type Saved<R> = Promise<{ record: R }>;
type Request<S extends z.ZodType> = { intent: EditIntent; edit: z.infer<S> };
type Write = { actorId: string; slug: string; version: number };

/**
 * The form action of a content edit page (projects, parks): every write goes through staffAction
 * (role editor, the record's own area), Publish / Unpublish save the form first so no typed change
 * is lost, and a success refreshes the public "content" cache so the public page shows it at once.
 */
export function contentEditAction<
  S extends z.ZodType<{ slug: string; version: number }>,
  R extends { slug: string },
>({
  schema,
  basePath,
  areaOf,
  update,
  publish,
}: {
  schema: S;
  basePath: string;
  /** The record's area slug; null for an unknown slug, which the write then answers with 404. */
  areaOf: (slug: string) => Promise<string | null>;
  update: (write: Write & { input: Omit<z.infer<S>, "slug" | "version"> }) => Saved<R & { version: number }>;
  publish: (write: Write & { publish: boolean }) => Saved<R>;
}) {
  const save = staffAction({
    role: "editor",
    schema: z.object({ intent: z.enum(editIntents), edit: schema }),
    // zod cannot follow a generic schema through z.object: name the parsed shape here.
    areaOf: (request) => areaOf((request as Request<S>).edit.slug),
    run: ({ user, input: request }) =>
      withContentErrors(async () => {
        const { intent, edit } = request as Request<S>;
        const { slug, version, ...input } = edit;
        const saved = await update({ actorId: user.id, slug, version, input });
        if (intent === "save") return saved.record;
        const write = { actorId: user.id, slug, version: saved.record.version };
        return (await publish({ ...write, publish: intent === "publish" })).record;
      }),
  });
  return async (_previous: EditState<R>, form: FormData): Promise<EditState<R>> => {
    const { intent, ...values } = formObject(form);
    const validIntent = editIntents.find((i) => i === intent) ?? "save";
    const result = await save({ intent: validIntent, edit: values });
    if (result.ok) {
      updateTag(contentTag);
      revalidatePath(`${basePath}/${result.data.slug}`);
    }
    return editStateOf(result, validIntent, values);
  };
}
