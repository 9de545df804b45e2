import { describe, expect, it } from "vitest";
import { loadSeedData } from "./load-seed-data.ts";

const data = loadSeedData();

describe("events of the seed data", () => {
  // Checked against the source texts: each is a gathering held on its day (a conference, a forum,
  // a signing or an opening ceremony). An app release announced at a press conference is news.
  it("are the gatherings the source texts report, not releases announced at one", () => {
    const events = data.news.filter((item) => item.event).map((item) => item.slug);
    expect(events.sort()).toEqual([
      "chengdu-faw-deepening-cooperation-agreement",
      "chengdu-modern-commerce-new-consumption-forum",
      "chengdu-new-energy-key-enterprises-symposium",
      "guiyang-eco-forum-green-projects-signed",
      "huawei-chengdu-intelligent-computing-centre-15-ict-projects-signed",
      "innovation-center-npu-chongqing-inaugurated",
      "joint-conference-liangjiang-tianfu-inland-gateway-2021",
      "sichuan-chongqing-hong-kong-macao-youth-development-forum",
      "western-china-chengdu-science-city-tianfu-laboratory-inaugurated",
    ]);
    const yukuaiban = data.news.find((item) => item.slug.startsWith("yukuaiban"));
    expect(yukuaiban?.event).toBeNull();
  });
});
