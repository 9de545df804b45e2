"use server";
import { revalidatePath } from "next/cache";
import { ZStaffLanguageInput } from "@ig/domain";
import { setStaffLocale } from "@ig/db";
import { formObject } from "@/lib/form-object";
import { staffAction } from "@/server/staff-action";
import { rememberStaffLocale } from "@/server/staff-locale";

const choose = staffAction({
  // Every staff member chooses their own language, viewers too: it changes only their account.
  role: "viewer",
  ownAccountOnly: true,
  schema: ZStaffLanguageInput,
  run: async ({ user, input }) => {
    await setStaffLocale({ actorId: user.id, locale: input.locale });
    await rememberStaffLocale(input.locale);
  },
});

/** The language switch in the staff header: stored on the account (audited) and in this browser. */
export async function chooseStaffLanguageAction(form: FormData): Promise<void> {
  const result = await choose(() => formObject(form));
  if (result.ok) revalidatePath("/admin", "layout");
}
