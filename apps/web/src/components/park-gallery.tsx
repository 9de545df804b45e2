import { getTranslations } from "next-intl/server";
import type { Locale } from "@ig/domain";
import { localizedText } from "@/components/localized";
import { cachedParkImages } from "@/lib/cached-data";

/** A park's images on its public page, each with its alt text in the page's language. */
export async function ParkGallery({ slug, locale }: { slug: string; locale: Locale }) {
  const images = await cachedParkImages({ slug });
  if (images.length === 0) return null;
  const t = await getTranslations({ locale });
  return (
    <section aria-labelledby="images">
      <h2 id="images" className="text-xl font-semibold text-brand-900">
        {t("park.images")}
      </h2>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {images.map((image) => (
          <li key={image.id}>
            <img
              src={`/files/images/${image.storageKey}`}
              alt={localizedText(image.alt, locale)}
              width={image.width}
              height={image.height}
              loading="lazy"
              className="h-56 w-full rounded-lg object-cover"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
