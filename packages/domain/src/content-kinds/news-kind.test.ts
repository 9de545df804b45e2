import { describe, expect, it } from "vitest";
import { ZNewsEdit } from "./news-kind.ts";

const text = { en: "Text", zh: "文本" };
const news = {
  slug: "n",
  version: 1,
  areas: ["tianfu"],
  title: text,
  summary: text,
  body: text,
  publishedOn: "2026-11-30",
  sourceId: "",
  parks: [],
  projects: [],
};
const blankEvent = { eventKind: "", eventStartsOn: "", eventEndsOn: "", eventPlace: { en: "", zh: "" } };
const fair = {
  eventKind: "fair",
  eventStartsOn: "2027-04-10",
  eventEndsOn: "2027-04-12",
  eventPlace: { en: "Chengdu", zh: "成都" },
};
const failedPaths = (input: object) =>
  ZNewsEdit.safeParse({ ...news, ...input }).error?.issues.map((i) => i.path.join("."));

describe("ZNewsEdit's event fields", () => {
  it("reads a blank event as plain news and a complete one as an event", () => {
    expect(ZNewsEdit.parse({ ...news, ...blankEvent })).toMatchObject({
      eventKind: null,
      eventStartsOn: null,
      eventEndsOn: null,
      eventPlace: null,
    });
    expect(ZNewsEdit.parse({ ...news, ...fair })).toMatchObject(fair);
    expect(ZNewsEdit.parse({ ...news, ...fair, eventEndsOn: "" }).eventEndsOn).toBeNull();
  });

  it("refuses a half-filled event, an unknown kind and an event that ends before it starts", () => {
    expect(failedPaths({ ...fair, eventStartsOn: "" })).toEqual(["eventStartsOn", "eventEndsOn"]);
    expect(failedPaths({ ...fair, eventPlace: { en: "", zh: "" } })).toEqual(["eventPlace"]);
    expect(failedPaths({ ...blankEvent, eventStartsOn: "2027-01-01" })).toEqual(["eventKind"]);
    expect(failedPaths({ ...blankEvent, eventEndsOn: "2027-01-01" })).toEqual(["eventEndsOn"]);
    expect(failedPaths({ ...fair, eventKind: "party" })).toEqual(["eventKind"]);
    expect(failedPaths({ ...fair, eventEndsOn: "2027-04-09" })).toEqual(["eventEndsOn"]);
  });
});
