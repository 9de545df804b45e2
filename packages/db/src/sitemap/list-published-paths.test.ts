import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { createNewsItem, createPark, createProject } from "../seed/factories.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { listPublishedPaths } from "./list-published-paths.ts";

beforeAll(() => seedDatabase());

describe("listPublishedPaths", () => {
  it("lists published parks, projects, policies, news and industries, and no draft", async () => {
    const areaId = (await db().area.findUniqueOrThrow({ where: { slug: "tianfu" } })).id;
    const park = await createPark(db(), { areaId });
    const draftPark = await createPark(db(), { areaId, status: "draft" });
    const draftProject = await createProject(db(), { areaId, status: "draft" });
    const draftNews = await createNewsItem(db(), { status: "draft" });

    const paths = (await listPublishedPaths()).map((entry) => entry.path);
    expect(paths).toContain(`/parks/${park.slug}`);
    expect(paths).toContain("/policies/customs-bank-one-key-pass");
    expect(paths).toContain("/industries/new-energy-lithium");
    expect(paths).not.toContain(`/parks/${draftPark.slug}`);
    expect(paths).not.toContain(`/projects/${draftProject.slug}`);
    expect(paths).not.toContain(`/news/${draftNews.slug}`);
  });
});
