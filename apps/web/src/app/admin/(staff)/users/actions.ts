"use server";
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZPassword, ZRecordId, ZStaffUserInput } from "@ig/domain";
import { createStaffUser, sendPasswordReset, setStaffUserActive, updateStaffUser } from "@ig/db";
import { formObject } from "@/lib/form-object";
import { siteUrl } from "@/lib/site-url";
import { staffAction, StaffActionError, type StaffActionResult } from "@/server/staff-action";
import { asStaffAction } from "@/server/staff-data-errors";

export type UserFormState = {
  status?: number;
  errors?: Record<string, string>;
  message?: string;
  done?: string;
};

const ZVersion = z.coerce.number().int().positive();
const resetUrl = () => new URL("/admin/reset-password", siteUrl());

/** The form's fields as the schemas expect them (areas are repeated checkboxes). */
function fields(form: unknown) {
  return { ...formObject(form), areas: (form as FormData).getAll("areas") };
}

function toState(result: StaffActionResult<unknown>, done: string): UserFormState {
  if (result.ok) return { done };
  return result.status === 400
    ? { status: 400, errors: result.errors }
    : { status: result.status, message: result.message };
}

const create = staffAction({
  role: "admin",
  schema: z.discriminatedUnion("credential", [
    ZStaffUserInput.extend({ credential: z.literal("password"), password: ZPassword }),
    ZStaffUserInput.extend({ credential: z.literal("link") }),
  ]),
  run: async ({ user, input }) => {
    // A reset-link account starts with a random password nobody knows.
    const password = input.credential === "password" ? input.password : randomBytes(24).toString("base64url");
    const created = await createStaffUser({ actorId: user.id, input, password }).catch((error: Error) => {
      if (error.message.includes("Unique constraint")) throw new StaffActionError(409, "emailTaken");
      throw error;
    });
    if (input.credential === "link")
      await sendPasswordReset({ actorId: user.id, id: created.id, resetUrl: resetUrl() });
    return created;
  },
});

export async function createStaffUserAction(_: UserFormState, form: unknown): Promise<UserFormState> {
  const result = await create(() => fields(form));
  if (!result.ok) return toState(result, "");
  revalidatePath("/admin/users");
  redirect(`/admin/users/${result.data.id}?created=1`);
}

const update = staffAction({
  role: "admin",
  schema: ZStaffUserInput.pick({ name: true, role: true, areas: true }).extend({
    id: ZRecordId,
    version: ZVersion,
  }),
  run: ({ user, input: { id, version, ...input } }) =>
    asStaffAction(() => updateStaffUser({ actorId: user.id, id, version, input })),
});

export async function updateStaffUserAction(_: UserFormState, form: unknown): Promise<UserFormState> {
  const state = toState(await update(() => fields(form)), "saved");
  revalidatePath("/admin/users", "layout");
  return state;
}

const setActive = staffAction({
  role: "admin",
  schema: z.object({ id: ZRecordId, active: z.enum(["true", "false"]).transform((v) => v === "true") }),
  run: ({ user, input }) => asStaffAction(() => setStaffUserActive({ actorId: user.id, ...input })),
});

export async function setStaffUserActiveAction(_: UserFormState, form: unknown): Promise<UserFormState> {
  const result = await setActive(() => fields(form));
  // Read only after the action accepted the request: then it was a form.
  const done = result.ok && (form as FormData).get("active") === "true" ? "reactivated" : "deactivated";
  const state = toState(result, done);
  revalidatePath("/admin/users", "layout");
  return state;
}

const sendReset = staffAction({
  role: "admin",
  schema: z.object({ id: ZRecordId }),
  run: ({ user, input }) =>
    asStaffAction(() => sendPasswordReset({ actorId: user.id, id: input.id, resetUrl: resetUrl() })),
});

export async function sendPasswordResetAction(_: UserFormState, form: unknown): Promise<UserFormState> {
  return toState(await sendReset(() => fields(form)), "linkSent");
}
