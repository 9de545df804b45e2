import { describe, expect, it } from "vitest";
import { auditActions, auditEntities } from "@ig/domain";
import { db } from "../client.ts";
import { writeAuditEntry } from "./write-audit-entry.ts";

const write = (entity: string, action: string) =>
  // The casts stand for any caller that got past the types (raw SQL, a JavaScript script).
  writeAuditEntry(db(), { actorId: null, entity: entity as "Park", action: action as "create" });

describe("the audit log's closed vocabulary", () => {
  it("stores every entity and action of the domain's lists", async () => {
    for (const entity of auditEntities) await write(entity, "update");
    for (const action of auditActions) await write("Park", action);
    const count = await db().auditEntry.count({ where: { entityId: null, actorId: null } });
    expect(count).toBeGreaterThanOrEqual(auditEntities.length + auditActions.length);
  });

  it("refuses any other spelling, the old ones included, and stores nothing", async () => {
    const before = await db().auditEntry.count();
    for (const [entity, action] of [
      ["enquiry", "status"],
      ["outbox-email", "retry"],
      ["park", "update"],
      ["Park", "Update"],
      ["Park", "published"],
    ])
      await expect(write(entity!, action!)).rejects.toThrow(/AuditEntry_(entity|action)_check/);
    await expect(
      db()
        .$executeRaw`INSERT INTO "AuditEntry" (id, entity, action) VALUES ('raw-audit-entry-0001', 'Parks', 'create')`,
    ).rejects.toThrow(/AuditEntry_entity_check/);
    expect(await db().auditEntry.count()).toBe(before);
  });
});
