import type { Metadata } from "next";
import { ContentListLink } from "@/components/admin/content-list-link";
import { getLocale, getTranslations } from "next-intl/server";
import { canEditAreas, contentKinds, readOnlyReason, type Locale } from "@ig/domain";
import { ContentCreateForm } from "@/components/admin/content-create-form";
import { createControlsOf } from "@/components/admin/content-kind-fields";
import { localizedText } from "@/components/localized";
import { cachedAreas } from "@/lib/cached-data";
import { submitContentCreate } from "../actions";
import { kindOfParams } from "../kind-of-params";
import { requireStaffPage } from "@/server/staff-guard";

type Props = { params: Promise<{ kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.content");
  return { title: t(`new.${await kindOfParams(params)}`) };
}

/** A new draft of a kind, from the minimum fields; only the staff member's own areas are offered. */
export default async function NewContentPage({ params }: Props) {
  const user = await requireStaffPage();
  const kind = await kindOfParams(params);
  const t = await getTranslations("admin.content");
  const locale = (await getLocale()) as Locale;
  const areas = (await cachedAreas())
    .filter((area) => canEditAreas(user, [area.slug]))
    .map((area) => ({ value: area.slug, label: localizedText(area.name, locale) }));
  const controls = await createControlsOf(kind, user);
  const texts = controls.filter((control) => control.control === "text");
  const choices = controls.filter((control) => control.control === "choice");
  return (
    <div className="space-y-6">
      <ContentListLink kind={kind} />
      <h1 className="text-3xl font-bold text-brand-900">{t(`new.${kind}`)}</h1>
      <p className="text-slate-800">{t("create.help")}</p>
      {areas.length === 0 ? (
        <p className="rounded-md border border-slate-400 bg-slate-100 p-3">
          {/* The edit pages' wording rule: a viewer's role is the reason, whatever their areas. */}
          {t(readOnlyReason(user, []) === "role" ? "readOnlyRole" : "create.notAllowed")}
        </p>
      ) : (
        <ContentCreateForm
          action={submitContentCreate.bind(null, kind)}
          areas={areas}
          multipleAreas={contentKinds[kind].manyAreas}
          texts={texts}
          choices={choices}
        />
      )}
    </div>
  );
}
