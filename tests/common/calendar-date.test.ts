import { describe, expect, it } from "vitest";
import { monthOf, yearOf } from "../../src/common/calendar-date.ts";

describe("calendar dates", () => {
  it("gives a date's year and month", () => {
    expect(yearOf("1998-11-30")).toBe("1998");
    expect(monthOf("1998-11-30")).toBe("1998-11");
  });
});
