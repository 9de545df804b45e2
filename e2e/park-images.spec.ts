import { existsSync, readdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import {
  html,
  image,
  jpegWithGps,
  metadataOf,
  pngClaiming,
  pngHeaderThenHtml,
  pngWithTrailingHtml,
} from "../apps/web/src/server/image-fixtures";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { signInOverHttp } from "./support/staff-session";
import { staffAccount } from "./support/test-data";
import { png } from "./support/png";

// Park images: an editor of the park's area uploads them on the park's edit page (the image is
// decoded and re-encoded without its metadata, both alt texts required), and visitors see them
// with the alt text of their language.
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

/** An image as /files/images serves it: its own type, never sniffed, never run, named by its key. */
async function expectServedImage(file: APIResponse, format: "jpeg" | "png" | "webp", storageKey: string) {
  expect(file.status()).toBe(200);
  const headers = file.headers();
  expect(headers["content-type"]).toBe(`image/${format}`);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-disposition"]).toBe(`inline; filename="${storageKey.slice("parks/".length)}"`);
  expect(headers["content-security-policy"]).toContain("sandbox");
  expect(headers["cache-control"]).toContain("max-age=31536000");
  expect((await metadataOf(await file.body())).format).toBe(format);
}

/** Nothing new in the database or the image folder since `before`. */
async function expectNothingStored(before: { rows: unknown; files: string[] }) {
  expect(await imagesOfPark()).toEqual(before.rows);
  expect(storedFiles()).toEqual(before.files);
}
const snapshot = async () => ({ rows: await imagesOfPark(), files: storedFiles() });

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
  await signInOverHttp(page.request, await staffAccount("editor", ["tianfu"]));
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
  await expectServedImage(file, "png", stored!.storageKey);
  expect(await metadataOf(await file.body())).toMatchObject({ width: 64, height: 48 });

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
  await signInOverHttp(page.request, await staffAccount("editor", ["tianfu"]));
  await page.goto(`/admin/parks/${slug}`);
  const before = await snapshot();
  const text = Buffer.from("These are the minutes of the meeting, not a picture.\n");
  await fillUpload(
    page,
    { name: "photo.png", mimeType: "image/png", buffer: text },
    { en: "Photo", zh: "照片" },
  );
  await expect(page.getByRole("alert").filter({ hasText: "The image was not saved" })).toBeVisible();
  await expect(page.getByText("This file is not a JPEG, PNG or WebP image, or it is damaged.")).toBeVisible();
  await expect(page.getByLabel(/^Image file/)).toHaveAttribute("aria-invalid", "true");
  await expectNothingStored(before);
  await expectNoAxeViolations(page);
});

test("a PNG header followed by HTML is refused in English, a 100000 × 100000 header in Chinese; nothing is stored", async ({
  page,
  context,
}) => {
  await signInOverHttp(page.request, await staffAccount("editor", ["tianfu"]));
  await page.goto(`/admin/parks/${slug}`);
  const before = await snapshot();
  await fillUpload(
    page,
    { name: "gate.png", mimeType: "image/png", buffer: await pngHeaderThenHtml() },
    { en: "Gate", zh: "大门" },
  );
  await expect(page.getByText("This file is not a JPEG, PNG or WebP image, or it is damaged.")).toBeVisible();
  await expectNothingStored(before);

  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: page.url() }]);
  await page.reload();
  await page
    .getByLabel(/^图片文件/)
    .setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: await pngClaiming(100_000, 100_000) });
  await page.getByLabel("替代文字（英文）").fill("Huge");
  await page.getByLabel("替代文字（中文）").fill("巨图");
  await page.getByRole("button", { name: "上传图片" }).click();
  await expect(page.getByText("图片超过40百万像素。")).toBeVisible();
  await expect(page.getByLabel(/^图片文件/)).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await expectNothingStored(before);
});

test("uploads over HTTP are decoded and stored re-encoded: EXIF and GPS gone, turned upright, damaged files refused", async ({
  page,
}) => {
  await signInOverHttp(page.request, await staffAccount("editor", ["tianfu"]));
  const upload = async (name: string, mimeType: string, buffer: Buffer) =>
    page.request.post(`/api/admin/parks/${slug}/images`, {
      headers: { origin: test.info().project.use.baseURL! },
      multipart: { file: { name, mimeType, buffer }, "alt.en": `Upload ${name}`, "alt.zh": `上传 ${name}` },
    });

  // A phone photo, 64 × 48 pixels stored sideways (EXIF orientation 6), with its GPS position.
  const photo = await jpegWithGps(64, 48);
  expect((await metadataOf(photo)).exif).toBeDefined();
  const created = await upload("photo.jpg", "image/jpeg", photo);
  expect(created.status()).toBe(201);
  const { url, width, height } = (await created.json()) as { url: string; width: number; height: number };
  expect([width, height]).toEqual([48, 64]);
  const served = await page.request.get(url);
  await expectServedImage(served, "jpeg", url.slice("/files/images/".length));
  const metadata = await metadataOf(await served.body());
  expect(metadata).toMatchObject({ width: 48, height: 64 });
  expect([metadata.exif, metadata.xmp, metadata.iptc, metadata.icc, metadata.orientation]).toEqual(
    new Array(5).fill(undefined),
  );
  expect((await served.body()).includes("InlandCam")).toBe(false);
  const [row] = await query<{ width: number; height: number; byteSize: number }>(
    `SELECT width, height, "byteSize" FROM "Image" WHERE "storageKey" = $1`,
    [url.slice("/files/images/".length)],
  );
  expect(row).toEqual({ width: 48, height: 64, byteSize: (await served.body()).length });

  for (const format of ["jpeg", "webp"] as const) {
    const response = await upload(`hall.${format}`, `image/${format}`, await image(format, 40, 30));
    expect(response.status(), format).toBe(201);
    const file = (await response.json()) as { url: string };
    await expectServedImage(
      await page.request.get(file.url),
      format,
      file.url.slice("/files/images/".length),
    );
  }

  // A real PNG with a page appended: the pixels are kept, the page is not.
  const carrier = await upload("carrier.png", "image/png", await pngWithTrailingHtml());
  expect(carrier.status()).toBe(201);
  const carried = await page.request.get(((await carrier.json()) as { url: string }).url);
  expect((await carried.body()).includes(html)).toBe(false);

  const before = await snapshot();
  const whole = await image("jpeg", 200, 150);
  for (const [name, bytes] of [
    ["cut.jpg", whole.subarray(0, whole.length / 2)],
    ["gate.png", await pngHeaderThenHtml()],
    ["huge.png", await pngClaiming(100_000, 100_000)],
    ["vector.svg", Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)],
  ] as const) {
    const refused = await upload(name, "image/png", Buffer.from(bytes));
    expect(refused.status(), name).toBe(400);
    expect(((await refused.json()) as { errors: { file: string } }).errors.file, name).toMatch(
      name === "huge.png" ? /more than 40 megapixels/ : /not a JPEG, PNG or WebP image, or it is damaged/,
    );
  }
  await expectNothingStored(before);
});

/** A GET with the path sent byte for byte (fetch and Playwright would normalise `..` and `%`). */
function rawGet(rawPath: string) {
  const { hostname, port } = new URL(test.info().project.use.baseURL!);
  return new Promise<number>((resolve, reject) => {
    const sent = httpRequest({ host: hostname, port, path: rawPath, method: "GET" }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    sent.on("error", reject);
    sent.end();
  });
}

const uuid = "0b6f3c52-8f1e-4d7a-9c2b-5e4f1a2b3c4d";
/** The paths of `keys` under /files/images that do not answer 400 or 404, with what they answered. */
async function notRefused(keys: string[]) {
  const statuses = await Promise.all(keys.map((key) => rawGet(`/files/images/${key}`)));
  return keys
    .map((key, i) => [key.slice(0, 60), statuses[i]] as const)
    .filter(([, status]) => status !== 400 && status !== 404);
}

test("malformed image keys (NUL, `..`, huge, not a key the app writes) answer 404, never an error of the server", async () => {
  expect(
    await notRefused([
      `parks/${uuid}.png`, // well formed, but no such image
      "%00",
      `parks/${uuid}%00.png`,
      `parks/${uuid}.png%00`,
      "..%2f..%2f..%2fetc%2fpasswd",
      "parks/..%5c..%5cpackage.json",
      `parks/${"a".repeat(8000)}.png`,
      `parks/${uuid}.svg`,
      `parks/${uuid}.PNG`,
    ]),
  ).toEqual([]);
  // The server resolves a raw `..` before routing: this is /etc/passwd, a page path, not an image.
  const dotDot = await rawGet("/files/images/parks/../../../etc/passwd");
  expect(dotDot === 200 || dotDot >= 500, String(dotDot)).toBe(false);
});

// Next.js itself would answer a URL whose percent-encoding does not decode with a 500 on every path
// before any route runs; the proxy's bad-request guard answers 400 first (server/bad-request-guard.ts).
test("image keys whose percent-encoding does not decode (a lone `%`, a lone surrogate) answer 400 or 404", async () => {
  expect(await notRefused(["%", "parks/%E0%A4%A.png", "%ED%A0%80", `parks/%ED%A0%80${uuid}.png`])).toEqual(
    [],
  );
});

test("an image without its Chinese alt text gets a field error, in English and Chinese", async ({
  page,
  context,
}) => {
  await signInOverHttp(page.request, await staffAccount("editor", ["tianfu"]));
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
