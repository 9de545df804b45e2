import { describe, expect, it } from "vitest";
import { isBaselineRequest } from "./bench-baseline";

// Request targets as they arrive on the socket (curl --path-as-is), before Next.js's router
// decodes them and resolves their dot segments (e2e/bench-baseline.spec.ts: the served answers).
describe("isBaselineRequest", () => {
  it("sees the bare page however its path is spelt", () => {
    for (const target of [
      "/baseline",
      "/baseline/",
      "/baseline.rsc",
      "/baseline?_rsc=1",
      "//baseline",
      "/%62aseline",
      "/./baseline",
      "/en/../baseline",
      "/%2e/baseline",
      "/en/%2E%2E/baseline",
      "\\baseline",
    ])
      expect(isBaselineRequest(target), target).toBe(true);
  });

  it("leaves other paths alone", () => {
    for (const target of ["/", "/en", "/en/baseline", "/baselines", "/en/parks?q=baseline", "/%"])
      expect(isBaselineRequest(target), target).toBe(false);
  });
});
