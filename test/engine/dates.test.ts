import fc from "fast-check";
import { edate, isoFromSerial, serialFromIso } from "../../src/engine/dates";
import { serialDate } from "../../src/engine/serial-date";
import { engineErrorOf } from "./engine-error-of";

describe("Excel serial dates", () => {
  test("known serials match Excel", () => {
    expect(serialFromIso("1900-03-01")).toBe(61);
    expect(serialFromIso("2025-01-01")).toBe(45658);
    expect(serialFromIso("2026-06-30")).toBe(46203);
    expect(isoFromSerial(serialDate(45658))).toBe("2025-01-01");
  });

  test("an impossible calendar date is refused", () => {
    expect(engineErrorOf(() => serialFromIso("2026-02-30"))).toEqual({
      code: "NOT_A_CALENDAR_DATE",
      params: { text: "2026-02-30" },
    });
    expect(engineErrorOf(() => serialFromIso("26-02-03"))).toEqual({
      code: "NOT_AN_ISO_DATE",
      params: { text: "26-02-03" },
    });
  });

  test("EDATE clamps to the end of the month, like Excel", () => {
    expect(isoFromSerial(edate(serialFromIso("2026-05-31"), -3))).toBe("2026-02-28");
    expect(isoFromSerial(edate(serialFromIso("2024-05-31"), -3))).toBe("2024-02-29");
    expect(isoFromSerial(edate(serialFromIso("2026-01-15"), -3))).toBe("2025-10-15");
    expect(isoFromSerial(edate(serialFromIso("2026-06-30"), 6))).toBe("2026-12-30");
  });

  test("serial ↔ ISO round-trips for every day from 1900-03-01 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }).map(serialDate), (serial) => {
        expect(serialFromIso(isoFromSerial(serial))).toBe(serial);
      })
    );
  });
});
