import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { createNewsItem, createStaffUser } from "../seed/factories.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { getNewsItem } from "./get-news-item.ts";
import { listNews, listUpcomingEvents } from "./list-news.ts";

const today = "2026-11-30";
const place = { en: "Test hall, Chengdu", zh: "成都测试会场" };

describe("news events", () => {
  beforeAll(async () => {
    await seedDatabase();
    for (const [slug, startsOn, endsOn] of [
      ["test-fair-next-spring", "2027-04-10", "2027-04-12"],
      ["test-forum-next-week", "2026-12-07", null],
      ["test-fair-ending-today", "2026-11-28", "2026-11-30"],
      ["test-signing-yesterday", "2026-11-29", null],
    ] as const) {
      await createNewsItem(db(), {
        slug,
        publishedOn: new Date("2026-11-01"),
        eventKind: "fair",
        eventStartsOn: new Date(startsOn),
        eventEndsOn: endsOn ? new Date(endsOn) : null,
        eventPlace: place,
      });
    }
  });

  it("lists events that have not ended, soonest first, and keeps them out of the list below", async () => {
    const upcoming = (await listUpcomingEvents({ today, limit: 50 })).map((e) => e.slug);
    expect(upcoming).toEqual(["test-fair-ending-today", "test-forum-next-week", "test-fair-next-spring"]);
    const all = await listNews({ today, page: 1, pageSize: 500 });
    expect(all.items.map((i) => i.slug)).not.toContain("test-forum-next-week");
    expect(all.items.map((i) => i.slug)).toContain("test-signing-yesterday");
  });

  it("keeps past events as dated records, latest first, and filters news from events", async () => {
    const events = await listNews({ type: "events", today, page: 1, pageSize: 500 });
    const slugs = events.items.map((i) => i.slug);
    expect(slugs[0]).toBe("test-signing-yesterday");
    // The seeded events of the source texts: the joint conference of 29 April 2021 among them.
    const conference = events.items.find(
      (i) => i.slug === "joint-conference-liangjiang-tianfu-inland-gateway-2021",
    );
    expect(conference?.event).toEqual({
      kind: "conference",
      startsOn: "2021-04-29",
      endsOn: null,
      place: { en: "Tianfu New Area, Sichuan", zh: "四川天府新区" },
    });
    const forum = events.items.find((i) => i.slug === "guiyang-eco-forum-green-projects-signed");
    expect(forum?.event).toMatchObject({ startsOn: "2021-07-05", endsOn: "2021-07-06" });
    const starts = events.items.map((i) => i.event!.startsOn);
    expect(starts).toEqual([...starts].sort().reverse());
    const news = await listNews({ type: "news", today, page: 1, pageSize: 500 });
    expect(news.items.every((i) => i.event === null)).toBe(true);
    expect(news.total + events.total).toBe((await listNews({ today, page: 1, pageSize: 500 })).total);
  });

  it("gives an event page its event", async () => {
    expect((await getNewsItem("test-fair-next-spring"))?.event).toEqual({
      kind: "fair",
      startsOn: "2027-04-10",
      endsOn: "2027-04-12",
      place,
    });
  });

  it("refuses a half-filled event or one that ends before it starts (database check)", async () => {
    await expect(
      createNewsItem(db(), { eventKind: "forum", eventStartsOn: null, eventPlace: place }),
    ).rejects.toThrow(/NewsItem_event_complete/);
    await expect(
      createNewsItem(db(), {
        eventKind: "forum",
        eventStartsOn: new Date("2027-01-02"),
        eventEndsOn: new Date("2027-01-01"),
        eventPlace: place,
      }),
    ).rejects.toThrow(/NewsItem_event_complete/);
  });
});

describe("staff edits of a news item's event", () => {
  it("turns plain news into an event and back, each change audited, the row whole at every step", async () => {
    const { ZNewsEdit } = await import("@ig/domain");
    const { createContent } = await import("../content/create-content.ts");
    const { getContentForEditing } = await import("../content/get-content-for-editing.ts");
    const { updateContent } = await import("../content/update-content.ts");
    const actorId = (await createStaffUser(db(), { role: "admin" })).id;
    const slug = `news-event-${Date.now()}`;
    const title = { en: "A fair", zh: "博览会" };
    await createContent({
      actorId,
      input: { kind: "news", slug, areas: ["tianfu"], title, publishedOn: "2026-11-30" },
    });
    const edit = async (version: number, event: object) => {
      const current = (await getContentForEditing("news", slug))!;
      const {
        slug: _s,
        version: _v,
        ...input
      } = ZNewsEdit.parse({
        ...current,
        summary: { en: "Fair.", zh: "" },
        body: { en: "Fair.", zh: "" },
        ...event,
      });
      await updateContent({ kind: "news", actorId, slug, version, input });
      return getNewsItem(slug, { draft: true });
    };
    const fair = { eventKind: "fair", eventStartsOn: "2027-04-10", eventEndsOn: "", eventPlace: place };
    expect((await edit(1, fair))?.event).toEqual({
      kind: "fair",
      startsOn: "2027-04-10",
      endsOn: null,
      place,
    });
    const plain = { eventKind: "", eventStartsOn: "", eventEndsOn: "", eventPlace: { en: "", zh: "" } };
    expect((await edit(2, plain))?.event).toBeNull();
    const { id } = await db().newsItem.findUniqueOrThrow({ where: { slug } });
    const updates = await db().auditEntry.findMany({
      where: { entity: "NewsItem", entityId: id, action: "update" },
      orderBy: { createdAt: "asc" },
    });
    expect(updates.map((entry) => (entry.changes as Record<string, unknown>).eventKind)).toEqual([
      { from: null, to: "fair" },
      { from: "fair", to: null },
    ]);
  });
});
