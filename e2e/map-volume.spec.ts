import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { startCluster } from "./support/cluster";

// The map and the comparison's "add a park" with more parks than they show one by one, on a
// database of their own (cluster slot 6: E2E_PORT+22 and +23, E2E_PG_PORT+16), since the parks
// added here would change every other journey's map. The page sizes must not grow with the parks.
test.describe.configure({ mode: "serial", timeout: 240_000 });

let url: string;
let addParks: (from: number, count: number) => void;
let stop: () => Promise<void>;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  const cluster = await startCluster({ OUTBOX_WORKER: "off", CONTENT_SYNC_SECONDS: "1" }, { slot: 6 });
  [url] = cluster.urls;
  stop = cluster.stop;
  addParks = (from, count) =>
    execFileSync(
      path.resolve("node_modules/.bin/tsx"),
      ["e2e/support/create-parks.ts", "Quokka", String(from), String(count)],
      { env: { ...process.env, DATABASE_URL: cluster.databaseUrl }, stdio: "inherit" },
    );
  addParks(0, 60);
});
test.afterAll(async () => stop?.());

const htmlBytes = async (path: string) => Buffer.byteLength(await (await fetch(url + path)).text());

test("with more parks than it marks one by one, the map groups them, zooms in and stays small", async ({
  page,
}) => {
  await page.goto(`${url}/en/map?q=quokka`);
  await expect(page.getByTestId("result-count")).toHaveText("60 parks");
  await expect(page.getByText(/More parks match than the map can show one by one/)).toBeVisible();
  await expect(page.getByText("6 of them have no position recorded and are not on the map.")).toBeVisible();
  await expect(page.getByRole("region", { name: "The parks on the map" })).toHaveCount(0);
  const groups = page.locator("svg a");
  const labels = await groups.evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")!));
  expect(labels).toEqual([
    "Group 1: 18 parks; zoom in",
    "Group 2: 18 parks; zoom in",
    "Group 3: 18 parks; zoom in",
  ]);
  await expectNoAxeViolations(page);

  // A group zooms in to its parks, one by one and numbered, with the list and a way back.
  await groups.first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/box=/);
  await expect(page.getByTestId("result-count")).toHaveText("18 parks");
  const listed = page.getByRole("region", { name: "The parks on the map" }).getByRole("listitem");
  await expect(listed).toHaveCount(18);
  await expect(page.locator("svg a")).toHaveCount(18);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Show the whole map" }).click();
  await expect(page.getByTestId("result-count")).toHaveText("60 parks");

  // Twice the parks, and the page grows by a few digits, not by sixty more markers and list items.
  const before = await htmlBytes("/en/map?q=quokka");
  addParks(60, 60);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("result-count")).toHaveText("120 parks", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.locator("svg a")).toHaveCount(3);
  expect(await htmlBytes("/en/map?q=quokka")).toBeLessThan(before + 200);
});

test("the comparison's search lists ten parks and asks to refine, however many match", async ({ page }) => {
  await page.goto(`${url}/zh/compare?q=quokka`);
  await expect(page.getByText("共有120个园区符合，此处列出前10个。请细化搜索以查找其他园区。")).toBeVisible();
  await expect(page.getByRole("link", { name: /^添加Quokka物流园/ })).toHaveCount(10);
  await expectNoAxeViolations(page);

  await page
    .getByRole("link", { name: /^添加Quokka物流园/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/zh\/compare\?parks=quokka-park-\d+$/);
  await expect(page.getByRole("columnheader")).toHaveText([/Quokka物流园/]);
});
