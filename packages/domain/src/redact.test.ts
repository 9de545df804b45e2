import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLogger } from "./log.ts";
import { redact, redactText } from "./redact.ts";

describe("log redaction", () => {
  it("masks e-mail addresses to their first letter, wherever they appear", () => {
    expect(redactText("delivery to anna.schmidt@example.com failed")).toBe(
      "delivery to a***@example.com failed",
    );
    expect(redact({ to: ["li.wei@mail.example.cn", "x@y.de"] })).toEqual({
      to: ["l***@mail.example.cn", "x***@y.de"],
    });
  });

  it("never lets a whole e-mail address through", () => {
    const local = fc.stringMatching(/^[a-z\d][a-z\d._+-]{1,20}$/);
    const domain = fc.stringMatching(/^[a-z\d]{1,10}\.[a-z]{2,6}$/);
    fc.assert(
      fc.property(local, domain, fc.string(), (user, host, around) => {
        const address = `${user}@${host}`;
        expect(redactText(`${around} ${address} ${around}`)).not.toContain(address);
      }),
    );
  });

  it("drops secrets by field name, at any depth, and keeps the rest", () => {
    expect(
      redact({
        password: "demo-password-2026",
        user: { name: "Anna", passwordHash: "$argon2id$…", sessionToken: "abc" },
        headers: { cookie: "next-auth.session-token=eyJ…", "x-request-id": "r1" },
        apiKey: "k",
        attempts: 3,
        missing: null,
      }),
    ).toEqual({
      password: "[redacted]",
      user: { name: "Anna", passwordHash: "[redacted]", sessionToken: "[redacted]" },
      headers: { cookie: "[redacted]", "x-request-id": "r1" },
      apiKey: "[redacted]",
      attempts: 3,
      missing: null,
    });
  });

  it("removes credentials from URLs and authorization values in free text", () => {
    expect(redactText("connect smtp://mailer:s3cret@mail.example.com:587 refused")).toBe(
      "connect smtp://[redacted]@mail.example.com:587 refused",
    );
    expect(redactText("sent Authorization: Bearer eyJhbGciOi.x.y")).toBe(
      "sent Authorization: Bearer [redacted]",
    );
  });

  it("turns errors into name and message, redacted too", () => {
    const error = new Error("no user anna@example.com");
    expect(redact({ error })).toMatchObject({
      error: { name: "Error", message: "no user a***@example.com" },
    });
  });
});

describe("the JSON logger", () => {
  it("writes one redacted JSON object per line, with the fields of its child", () => {
    const lines: string[] = [];
    const log = createLogger((line) => lines.push(line), { base: { component: "test" } }).child({
      requestId: "r-1",
    });
    log.error("login failed for bob@example.org", { password: "x", level: "debug" });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: "error",
      msg: "login failed for b***@example.org",
      component: "test",
      requestId: "r-1",
      password: "[redacted]",
    });
    expect(lines[0]).not.toContain("bob@");
  });
});
