import { describe, expect, it } from "vitest";
import {
  ageBandOf,
  formatDate,
  formatDateTime,
  formatTime,
  fromParisLocalInput,
  toParisLocalInput,
} from "./dates";

// `npm test` runs with TZ=Pacific/Auckland: nothing here may depend on the machine's zone.

describe("Europe/Paris times", () => {
  it("shows instants in Paris time, winter (UTC+1) and summer (UTC+2)", () => {
    expect(formatDateTime("2026-01-15T13:05:00Z")).toBe("15/01/2026 à 14:05");
    expect(formatDateTime("2026-07-15T13:05:00Z")).toBe("15/07/2026 à 15:05");
    expect(formatTime("2026-07-15T22:30:00Z")).toBe("00:30");
    // Late evening UTC is already the next day in Paris.
    expect(formatDate("2026-07-15T22:30:00Z")).toBe("16/07/2026");
    // A date without a time is never shifted.
    expect(formatDate("2026-03-29")).toBe("29/03/2026");
  });
  it("reads a datetime-local value as Paris time, across the DST changes", () => {
    expect(fromParisLocalInput("2026-01-15T14:05")).toBe("2026-01-15T13:05:00.000Z");
    expect(fromParisLocalInput("2026-07-15T14:05")).toBe("2026-07-15T12:05:00.000Z");
    // 29 March 2026: 02:00 → 03:00. 02:30 does not exist: one hour later.
    expect(fromParisLocalInput("2026-03-29T03:30")).toBe("2026-03-29T01:30:00.000Z");
    expect(fromParisLocalInput("2026-03-29T02:30")).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026: 02:30 happens twice; the first (summer time) is taken.
    expect(fromParisLocalInput("2026-10-25T02:30")).toBe("2026-10-25T00:30:00.000Z");
    expect(fromParisLocalInput("nonsense")).toBeNull();
  });
  it("writes an instant as a Paris datetime-local value", () => {
    expect(toParisLocalInput("2026-07-15T12:05:00Z")).toBe("2026-07-15T14:05");
    expect(toParisLocalInput("2026-12-31T23:30:00Z")).toBe("2027-01-01T00:30");
    for (const local of ["2026-01-15T14:05", "2026-07-15T09:00", "2026-10-25T03:30"]) {
      expect(toParisLocalInput(fromParisLocalInput(local)!)).toBe(local);
    }
  });
});

describe("age band from the birth date", () => {
  it("follows the birthday", () => {
    expect(ageBandOf("1993-03-14", "2026-12-05")).toBe("25_34"); // the demo dossier said 18–24
    expect(ageBandOf("2001-12-05", "2026-12-05")).toBe("25_34"); // 25 today
    expect(ageBandOf("2001-12-06", "2026-12-05")).toBe("18_24"); // 25 tomorrow
    expect(ageBandOf("2008-12-05", "2026-12-05")).toBe("18_24");
    expect(ageBandOf("1971-01-01", "2026-12-05")).toBe("55_PLUS");
    expect(ageBandOf("1981-06-01", "2026-12-05")).toBe("45_54");
    expect(ageBandOf("1991-06-01", "2026-12-05")).toBe("35_44");
  });
  it("gives no band for minors, impossible or missing dates", () => {
    expect(ageBandOf("2008-12-06", "2026-12-05")).toBeNull();
    expect(ageBandOf("", "2026-12-05")).toBeNull();
    expect(ageBandOf(null)).toBeNull();
    expect(ageBandOf("1850-01-01", "2026-12-05")).toBeNull();
  });
});
