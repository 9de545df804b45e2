import { expect, type Page } from "@playwright/test";

const footer = {
  en: { nav: "Contact", contact: "Contact us / Send an enquiry", track: "Track an enquiry" },
  zh: { nav: "联系我们", contact: "联系我们 / 提交咨询", track: "查询咨询进度" },
};

/** The footer's contact links of a public page: the enquiry form's and the status page's, in `locale`. */
export function contactLinks(page: Page, locale: "en" | "zh") {
  const t = footer[locale];
  const contact = page.getByRole("contentinfo").getByRole("navigation", { name: t.nav });
  return {
    contact: contact.getByRole("link", { name: t.contact }),
    track: contact.getByRole("link", { name: t.track }),
  };
}

/** Every public page links to the enquiry form and the status page in its footer (`path` names it in a failure). */
export async function expectContactLinks(page: Page, locale: "en" | "zh", path: string) {
  const links = contactLinks(page, locale);
  await expect(links.contact, path).toHaveAttribute("href", `/${locale}/enquiry`);
  await expect(links.track, path).toHaveAttribute("href", `/${locale}/enquiry/status`);
}
