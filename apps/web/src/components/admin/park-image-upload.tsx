"use client";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { imageFileErrors, imageMaxPixels } from "@ig/domain/image-bytes";

type Outcome =
  | { kind: "idle" | "uploaded" }
  | { kind: "invalid"; fields: Record<string, string> }
  | { kind: "failed"; status: number };

const fileError = (message: string) =>
  (Object.entries(imageFileErrors).find(([, text]) => text === message)?.[0] ??
    "notAnImage") as keyof typeof imageFileErrors;

/**
 * The image upload of a park's edit page: a multipart POST to the staff image route (which checks
 * the size, decodes and re-encodes the image and requires both alt texts), then the page reloads
 * its image list.
 */
export function ParkImageUpload({ slug, maxMegabytes }: { slug: string; maxMegabytes: string }) {
  const t = useTranslations("admin.images");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const [pending, setPending] = useState(false);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    try {
      const response = await fetch(`/api/admin/parks/${encodeURIComponent(slug)}/images`, {
        method: "POST",
        body: new FormData(event.currentTarget),
      });
      if (response.ok) {
        form.current?.reset();
        setOutcome({ kind: "uploaded" });
        router.refresh();
      } else if (response.status === 400 || response.status === 413) {
        const { errors } = (await response.json()) as { errors: Record<string, string> };
        setOutcome({ kind: "invalid", fields: errors });
      } else setOutcome({ kind: "failed", status: response.status });
    } catch {
      setOutcome({ kind: "failed", status: 0 });
    } finally {
      setPending(false);
    }
  }

  const errors = outcome.kind === "invalid" ? outcome.fields : {};
  const limits = { max: maxMegabytes, megapixels: imageMaxPixels / 1_000_000 };
  const messages: Record<string, string | undefined> = {
    file: errors.file && t(`fileError.${fileError(errors.file)}`, limits),
    "alt.en": errors["alt.en"] && t("altRequired.en"),
    "alt.zh": errors["alt.zh"] && t("altRequired.zh"),
  };
  const idOf = (name: string) => `image-${name.replace(".", "-")}`;
  const field = (name: string, label: string, input: ReactNode) => (
    <div>
      <label htmlFor={idOf(name)} className="font-medium">
        {label}
      </label>
      {input}
      {messages[name] && (
        <p id={`${idOf(name)}-error`} className="mt-1 text-sm text-red-800">
          {messages[name]}
        </p>
      )}
    </div>
  );
  const control = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2";
  const invalid = (name: string) =>
    messages[name] ? { "aria-invalid": true, "aria-describedby": `${idOf(name)}-error` } : {};
  return (
    <form ref={form} onSubmit={upload} className="space-y-4" aria-labelledby="image-upload-heading">
      <h3 id="image-upload-heading" className="text-lg font-semibold">
        {t("upload")}
      </h3>
      {outcome.kind === "uploaded" && (
        <p role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-3 text-green-900">
          {t("uploaded")}
        </p>
      )}
      {outcome.kind === "invalid" && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {t("invalid")}
        </p>
      )}
      {outcome.kind === "failed" && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {t(`failed.${[401, 403, 404].includes(outcome.status) ? outcome.status : "other"}`)}
        </p>
      )}
      {field(
        "file",
        t("file", limits),
        <input
          id="image-file"
          name="file"
          type="file"
          required
          accept="image/jpeg,image/png,image/webp"
          className={control}
          {...invalid("file")}
        />,
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {field(
          "alt.en",
          t("altEn"),
          <input id="image-alt-en" name="alt.en" className={control} {...invalid("alt.en")} />,
        )}
        {field(
          "alt.zh",
          t("altZh"),
          <input id="image-alt-zh" name="alt.zh" lang="zh" className={control} {...invalid("alt.zh")} />,
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white focus-visible:outline-2 disabled:opacity-70"
      >
        {t("uploadButton")}
      </button>
    </form>
  );
}
