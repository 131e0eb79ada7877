import { describe, expect, it } from "vitest";
import { needsUrgency } from "./UrgencyField";

describe("needsUrgency", () => {
  const now = Date.parse("2026-12-05T10:00:00Z");
  it("asks for an urgency under five days, Paris time", () => {
    expect(needsUrgency("2026-12-09T10:00", now)).toBe(true);
    expect(needsUrgency("2026-12-05T09:00", now)).toBe(true);
  });
  it("does not ask five days ahead or more, nor before a date is typed", () => {
    expect(needsUrgency("2026-12-10T12:00", now)).toBe(false);
    expect(needsUrgency("", now)).toBe(false);
  });
});
