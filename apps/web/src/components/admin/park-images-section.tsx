import { getLocale, getTranslations } from "next-intl/server";
import { canEditAreas, type Locale } from "@ig/domain";
import { listParkImages, type StaffUser } from "@ig/db";
import { localizedText } from "@/components/localized";
import { imageMaxBytes } from "@/server/image-storage/image-storage";
import { ParkImageDelete } from "./park-image-delete";
import { ParkImageUpload } from "./park-image-upload";

/** The "Images" section of a park's edit page: its images with their alt texts, delete and upload. */
export async function ParkImagesSection({
  user,
  slug,
  area,
}: {
  user: StaffUser;
  slug: string;
  area: string;
}) {
  const t = await getTranslations("admin.images");
  const locale = (await getLocale()) as Locale;
  const canEdit = canEditAreas(user, [area]);
  const images = await listParkImages({ slug });
  const megabytes = (imageMaxBytes / 1024 / 1024).toLocaleString("en", { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="images-heading" className="mt-10 space-y-6 border-t border-slate-200 pt-6">
      <h2 id="images-heading" className="text-2xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      {images.length === 0 ? (
        <p className="text-slate-800">{t("none")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {images.map((image) => (
            <li key={image.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
              <img
                src={`/files/images/${image.storageKey}`}
                alt={localizedText(image.alt, locale)}
                width={image.width}
                height={image.height}
                className="h-40 w-full rounded object-cover"
              />
              <dl className="text-sm">
                <dt className="font-medium">{t("altEn")}</dt>
                <dd>{image.alt.en}</dd>
                <dt className="font-medium">{t("altZh")}</dt>
                <dd lang="zh">{image.alt.zh}</dd>
              </dl>
              {canEdit && (
                <ParkImageDelete slug={slug} id={image.id} label={localizedText(image.alt, locale)} />
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && <ParkImageUpload slug={slug} maxMegabytes={megabytes} />}
    </section>
  );
}
