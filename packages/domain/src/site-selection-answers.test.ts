import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSiteSelection, siteSelectionQuery } from "./site-selection-answers.ts";

describe("parseSiteSelection", () => {
  it("reads every answer from the URL, repeated modes and markets included", () => {
    expect(
      parseSiteSelection({
        industry: "automobile",
        need: "plant-land",
        mode: ["rail", "water", "rail"],
        market: "europe",
        timing: "6-24-months",
        area: "liangjiang",
      }),
    ).toEqual({
      answers: {
        industry: "automobile",
        need: "plant-land",
        modes: ["rail", "water"],
        markets: ["europe"],
        timing: "6-24-months",
        area: "liangjiang",
      },
      answered: true,
      ignored: [],
    });
  });

  it("reads the form sent empty as answered, with no answers and nothing ignored", () => {
    expect(parseSiteSelection({ industry: "", need: "", timing: "", area: "" })).toEqual({
      answers: { modes: [], markets: [] },
      answered: true,
      ignored: [],
    });
    expect(parseSiteSelection({ utm_source: "x" }).answered).toBe(false);
  });

  it("drops answers that are no answer, keeps the rest and names what it dropped", () => {
    const parsed = parseSiteSelection({
      industry: "<script>",
      need: ["office", "plant-land"],
      mode: ["rail", "teleport"],
      market: "mars",
      timing: "yesterday",
      area: "shanghai",
    });
    expect(parsed.answers).toEqual({ modes: ["rail"], markets: [] });
    expect(parsed.ignored).toEqual(["industry", "need", "mode", "market", "timing", "area"]);
  });

  it("gives back, as URL parameters, exactly the answers it read", () => {
    const answerValues = (options: string[]) => fc.option(fc.constantFrom(...options), { nil: undefined });
    fc.assert(
      fc.property(
        answerValues(["automobile", "finance"]),
        answerValues(["office", "rd-space"]),
        fc.uniqueArray(fc.constantFrom("rail", "air", "water", "road")),
        fc.uniqueArray(fc.constantFrom("china", "europe", "asean", "other-abroad")),
        answerValues(["later"]),
        answerValues(["tianfu", "liangjiang"]),
        (industry, need, mode, market, timing, area) => {
          const first = parseSiteSelection({ industry, need, mode, market, timing, area });
          const again = parseSiteSelection(siteSelectionQuery(first.answers));
          expect(again.answers).toEqual(first.answers);
          expect(again.ignored).toEqual([]);
        },
      ),
    );
  });
});
