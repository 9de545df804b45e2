import { describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { createArea, createPark } from "../seed/factories.ts";
import { contentVersion } from "./content-version.ts";

const rename = (id: string, en: string) =>
  db().park.update({ where: { id }, data: { name: { en, zh: en } } });

describe("contentVersion", () => {
  it("moves with every committed content write, and not with a rolled-back one", async () => {
    const area = await createArea(db());
    const park = await createPark(db(), { areaId: area.id });
    const before = await contentVersion();
    await rename(park.id, "Renamed");
    const after = await contentVersion();
    expect(BigInt(after)).toBeGreaterThan(BigInt(before));
    await db()
      .$transaction(async (tx) => {
        await tx.park.update({ where: { id: park.id }, data: { featured: true } });
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect(await contentVersion()).toBe(after);
  });

  // The sync used to poll max(createdAt) of the audit log: an entry written by a transaction that
  // began before another's commit, but committed after it, carried the older time and was missed.
  it("moves when a transaction that began earlier commits after a later one", async () => {
    const area = await createArea(db());
    const [slow, quick] = [
      await createPark(db(), { areaId: area.id }),
      await createPark(db(), { areaId: area.id }),
    ];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let began!: () => void;
    const started = new Promise<void>((resolve) => (began = resolve));
    const long = db().$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ now: Date }[]>`SELECT now()`;
        began();
        await gate;
        await tx.park.update({ where: { id: slow.id }, data: { name: { en: "Slow", zh: "慢" } } });
        return row!.now;
      },
      { timeout: 20_000 },
    );
    await started;
    await rename(quick.id, "Quick");
    const quickCommitted = new Date();
    const seen = await contentVersion();
    release();
    // PostgreSQL's now() is the transaction's start: what an audit entry of it would have carried.
    expect((await long).getTime()).toBeLessThan(quickCommitted.getTime());
    expect(BigInt(await contentVersion())).toBeGreaterThan(BigInt(seen));
  });
});
