"use server";
import { revalidatePath } from "next/cache";
import { ZAssignEnquiry, ZEnquiryNote, ZEnquiryStatusChange, ZRetryOutboxEmail } from "@ig/domain";
import {
  addEnquiryNote,
  assignEnquiry,
  changeEnquiryStatus,
  EnquiryAssigneeError,
  EnquiryTransitionError,
  retryOutboxEmail,
} from "@ig/db";
import { formObject } from "@/lib/form-object";
import { siteUrl } from "@/lib/site-url";
import { staffAction, StaffActionError, type StaffActionResult } from "@/server/staff-action";
import { asStaffAction } from "@/server/staff-data-errors";
import { enquiryAreaOf, outboxEmailAreaOf } from "@/server/enquiry-access";

export type InboxFormState = { status?: number; errors?: Record<string, string>; done?: boolean };

/** The data layer's refusals of inbox writes, as staffAction statuses. */
const write = <T>(run: () => Promise<T>) =>
  asStaffAction(run).catch((error: unknown) => {
    if (error instanceof EnquiryTransitionError) throw new StaffActionError(409, error.message);
    if (error instanceof EnquiryAssigneeError) throw new StaffActionError(403, error.message);
    throw error;
  });

const assign = staffAction({
  role: "editor",
  schema: ZAssignEnquiry,
  areaOf: enquiryAreaOf,
  run: ({ user, input }) => write(() => assignEnquiry({ ...input, actorId: user.id })),
});
const note = staffAction({
  role: "editor",
  schema: ZEnquiryNote,
  areaOf: enquiryAreaOf,
  run: ({ user, input }) => write(() => addEnquiryNote({ ...input, authorId: user.id })),
});
const changeStatus = staffAction({
  role: "editor",
  schema: ZEnquiryStatusChange,
  areaOf: enquiryAreaOf,
  run: ({ user, input }) =>
    write(() =>
      changeEnquiryStatus({
        ...input,
        actorId: user.id,
        // The investor's status page, in the enquiry's language, for the answered / closed e-mail.
        statusUrl: (language) => new URL(`/${language}/enquiry/status`, siteUrl()).href,
      }),
    ),
});
const retry = staffAction({
  role: "editor",
  schema: ZRetryOutboxEmail,
  areaOf: outboxEmailAreaOf,
  run: ({ user, input }) => write(() => retryOutboxEmail({ ...input, actorId: user.id })),
});

/** The page to refresh after a success, read from the input the action has accepted. */
function toState(result: StaffActionResult<unknown>, path: () => string): InboxFormState {
  if (!result.ok)
    return result.status === 400 ? { status: 400, errors: result.errors } : { status: result.status };
  revalidatePath(path());
  return { done: true };
}

const enquiryPath = (form: unknown) => () =>
  `/admin/enquiries/${String((form as FormData).get("reference")).toUpperCase()}`;

export async function assignEnquiryAction(_: InboxFormState, form: unknown) {
  return toState(await assign(() => formObject(form)), enquiryPath(form));
}
export async function addEnquiryNoteAction(_: InboxFormState, form: unknown) {
  return toState(await note(() => formObject(form)), enquiryPath(form));
}
export async function changeEnquiryStatusAction(_: InboxFormState, form: unknown) {
  return toState(await changeStatus(() => formObject(form)), enquiryPath(form));
}
export async function retryOutboxEmailAction(_: InboxFormState, form: unknown) {
  return toState(await retry(() => formObject(form)), () => "/admin/outbox");
}
