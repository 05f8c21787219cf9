import { describe, expect, it } from "vitest";
import { onThisDayTarget } from "../../public/on-this-day.js";

const days = ["01-02", "03-14", "03-20", "12-31"];

describe("onThisDayTarget", () => {
  it("should lead to today's page when the archive has one", () => {
    expect(onThisDayTarget(days, "/news/on-this-day/", new Date(2027, 2, 14, 23, 30))).toEqual({ href: "/news/on-this-day/03-14/", day: "03-14" });
  });

  it("should lead to today's month on the index when today has no page", () => {
    expect(onThisDayTarget(days, "/on-this-day/", new Date(2027, 2, 15))).toEqual({ href: "/on-this-day/#month-03", day: null });
  });

  it("should lead to the index when today's month has no day", () => {
    expect(onThisDayTarget(days, "/on-this-day/", new Date(2027, 6, 1))).toEqual({ href: "/on-this-day/", day: null });
  });

  it("should read the date in the local time zone, as the reader's calendar shows it", () => {
    const lateOnNewYearsEve = new Date(2026, 11, 31, 23, 59);
    expect(onThisDayTarget(days, "/", lateOnNewYearsEve).day).toBe("12-31");
  });
});
