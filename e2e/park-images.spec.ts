import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { png, signInAs, staffAccount } from "./staff-helpers";

// Park images: an editor of the park's area uploads them on the park's edit page (the bytes are
// checked, both alt texts required), and visitors see them with the alt text of their language.
const slug = "tianfu-bonded-logistics-center";
test.describe.configure({ mode: "serial" });

// The e2e server keeps images in the default IMAGE_DIR.
const storedFiles = () => {
  const dir = path.resolve(".data/images/parks");
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};
const imagesOfPark = () =>
  query<{ storageKey: string; alt: { en: string; zh: string } }>(
    `SELECT i."storageKey", i.alt FROM "Image" i JOIN "Park" p ON p.id = i."parkId" WHERE p.slug = $1`,
    [slug],
  );

async function fillUpload(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  alt: { en: string; zh: string },
) {
  await page.getByLabel(/^Image file/).setInputFiles(file);
  await page.getByLabel("Alt text (English)").fill(alt.en);
  await page.getByLabel("Alt text (Chinese)").fill(alt.zh);
  await page.getByRole("button", { name: "Upload image" }).click();
}

test("an editor uploads a PNG with both alt texts; it shows on the public park page, and can be deleted", async ({
  page,
  request,
}) => {
  const run = Date.now().toString(36);
  const alt = { en: `Bonded warehouse gate ${run}`, zh: `保税仓库大门 ${run}` };
  await signInAs(page, await staffAccount("editor", ["tianfu"]));
  await page.goto(`/admin/parks/${slug}`);
  await expect(page.getByRole("heading", { name: "Images", level: 2 })).toBeVisible();
  await fillUpload(page, { name: "gate.png", mimeType: "image/png", buffer: png(64, 48) }, alt);
  await expect(page.getByRole("status")).toHaveText("Image uploaded.");
  await expect(page.getByRole("img", { name: alt.en })).toBeVisible();
  await expectNoAxeViolations(page);

  const stored = (await imagesOfPark()).find((image) => image.alt.en === alt.en);
  expect(stored?.alt).toEqual(alt);
  const [row] = await query<{ width: number; height: number; mimeType: string }>(
    `SELECT width, height, "mimeType" FROM "Image" WHERE "storageKey" = $1`,
    [stored!.storageKey],
  );
  expect(row).toEqual({ width: 64, height: 48, mimeType: "image/png" });
  const [audit] = await query<{ n: string }>(
    `SELECT count(*) AS n FROM "AuditEntry" a JOIN "Image" i ON i.id = a."entityId" WHERE i."storageKey" = $1 AND a.action = 'create'`,
    [stored!.storageKey],
  );
  expect(audit!.n).toBe("1");

  const file = await request.get(`/files/images/${stored!.storageKey}`);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/png");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect(file.headers()["cache-control"]).toContain("max-age=31536000");
  expect(Buffer.from(await file.body()).equals(png(64, 48))).toBe(true);

  // The public page in Chinese first: visiting it keeps zh as the language, the English one after resets it.
  await page.goto(`/zh/parks/${slug}`);
  await expect(page.getByRole("img", { name: alt.zh })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/en/parks/${slug}`);
  const shown = page.getByRole("img", { name: alt.en });
  await expect(shown).toBeVisible();
  expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);

  await page.goto(`/admin/parks/${slug}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Delete image: ${alt.en}` }).click();
  await expect(page.getByRole("img", { name: alt.en })).toHaveCount(0);
  expect((await imagesOfPark()).some((image) => image.alt.en === alt.en)).toBe(false);
  expect((await request.get(`/files/images/${stored!.storageKey}`)).status()).toBe(404);
  await page.goto(`/en/parks/${slug}`);
  await expect(page.getByRole("img", { name: alt.en })).toHaveCount(0);
});

test("a text file named .png is refused with a clear message, and nothing is stored", async ({ page }) => {
  await signInAs(page, await staffAccount("editor", ["tianfu"]));
  await page.goto(`/admin/parks/${slug}`);
  const before = await imagesOfPark();
  const filesBefore = storedFiles();
  const text = Buffer.from("These are the minutes of the meeting, not a picture.\n");
  await fillUpload(
    page,
    { name: "photo.png", mimeType: "image/png", buffer: text },
    { en: "Photo", zh: "照片" },
  );
  await expect(page.getByRole("alert").filter({ hasText: "The image was not saved" })).toBeVisible();
  await expect(page.getByText("This file is not a JPEG, PNG or WebP image.")).toBeVisible();
  await expect(page.getByLabel(/^Image file/)).toHaveAttribute("aria-invalid", "true");
  expect(await imagesOfPark()).toEqual(before);
  expect(storedFiles()).toEqual(filesBefore);
  await expectNoAxeViolations(page);
});

test("an image without its Chinese alt text gets a field error, in English and Chinese", async ({
  page,
  context,
}) => {
  await signInAs(page, await staffAccount("editor", ["tianfu"]));
  await page.goto(`/admin/parks/${slug}`);
  const before = await imagesOfPark();
  await fillUpload(
    page,
    { name: "hall.png", mimeType: "image/png", buffer: png(8, 8) },
    { en: "Hall", zh: "" },
  );
  const zh = page.getByLabel("Alt text (Chinese)");
  await expect(zh).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Describe the image in Chinese (alt text is required).")).toBeVisible();
  await expect(page.getByLabel("Alt text (English)")).not.toHaveAttribute("aria-invalid", "true");
  expect(await imagesOfPark()).toEqual(before);

  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: page.url() }]);
  await page.reload();
  await page
    .getByLabel(/^图片文件/)
    .setInputFiles({ name: "hall.png", mimeType: "image/png", buffer: png(8, 8) });
  await page.getByLabel("替代文字（英文）").fill("Hall");
  await page.getByRole("button", { name: "上传图片" }).click();
  await expect(page.getByText("请用中文描述图片（替代文字为必填项）。")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await imagesOfPark()).toEqual(before);
});
