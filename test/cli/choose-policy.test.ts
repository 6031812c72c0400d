/**
 * Which policy a review runs (one rule for the command line and the pane): given > document
 * settings > the policy the previous review recorded (found through the output map) > the user's
 * Policy sheet > defaults. Each candidate below has its own new-customer base, so the base tells
 * which one won: given 100,000 · settings 200,000 · recorded 250,000 · user's sheet 400,000 ·
 * default 300,000.
 */
import fc from "fast-check";
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { POLICY_SHEET_NAMES } from "../../src/i18n/owned-sheet-names";
import { buildMetaSheet } from "../../src/workbook/meta-sheet";
import { policySheetRows } from "../../src/workbook/plan-policy-sheet";
import { policyToRows } from "../../src/workbook/policy-rows";
import type { RawSheet, RawWorkbook } from "../../src/workbook/raw";
import { choosePolicy, type PolicyChoice } from "../../src/workbook/workbook-review";

const withBase = (base: number, version: string): Policy => ({
  ...DEFAULT_POLICY,
  version,
  limit: { ...DEFAULT_POLICY.limit, newCustomerBase: base },
});

const GIVEN = withBase(100_000, "given");
const SAVED = withBase(200_000, "settings");
const RECORDED = withBase(250_000, "recorded");
const USERS = withBase(400_000, "users");

const sheet = (name: string, cells: RawSheet["cells"]): RawSheet => ({
  name,
  cells,
  firstRow: 1,
  firstColumn: 1,
});

const recordedSheet = (name = "Credit Policy Used") =>
  sheet(name, policySheetRows(RECORDED, "Credit Policy Used"));
const mapNaming = (policySheet: string): RawSheet => ({
  ...sheet(
    "CreditDesk_Meta",
    buildMetaSheet({ blocks: {}, sheets: { policy: policySheet } }, "CreditDesk_Meta", []).cells
  ),
  visibility: "veryHidden",
});
const usersSheet = () => sheet("Policy", [["Key", "Value"], ...policyToRows(USERS)]);

function workbook(...sheets: RawSheet[]): RawWorkbook {
  return { sheets, date1904: false };
}

const ALL = () => workbook(usersSheet(), recordedSheet(), mapNaming("Credit Policy Used"));

function chosen(choice: PolicyChoice): [string, number] {
  if (!choice.ok) throw new Error(choice.refusal.params.issues.map((i) => i.code).join("; "));
  return [choice.source, choice.policy.limit.newCustomerBase];
}

const options = { policySheetNames: POLICY_SHEET_NAMES };

describe("choosePolicy precedence", () => {
  test("1. a given policy wins over all the others", () => {
    const choice = choosePolicy(ALL(), { ...options, givenPolicy: GIVEN, savedPolicy: SAVED });
    expect(chosen(choice)).toEqual(["given", 100_000]);
  });

  test("2. without one, the document settings win over the recorded and the user's sheets", () => {
    expect(chosen(choosePolicy(ALL(), { ...options, savedPolicy: SAVED }))).toEqual([
      "settings",
      200_000,
    ]);
  });

  test("3. without settings, the policy the previous review recorded wins over the user's Policy sheet", () => {
    const choice = choosePolicy(ALL(), options);
    expect(chosen(choice)).toEqual(["recorded", 250_000]);
    expect(choice.ok && choice.sheet).toBe("Credit Policy Used");
  });

  test("4. without a recorded policy, the user's Policy sheet", () => {
    const choice = choosePolicy(workbook(usersSheet()), options);
    expect(chosen(choice)).toEqual(["sheet", 400_000]);
    expect(choice.ok && choice.sheet).toBe("Policy");
  });

  test("5. with nothing at all, the defaults (or the base the caller gives)", () => {
    expect(chosen(choosePolicy(workbook(), options))).toEqual(["default", 300_000]);
    const base = withBase(123_400, "base");
    expect(chosen(choosePolicy(workbook(), { ...options, basePolicy: base }))).toEqual([
      "default",
      123_400,
    ]);
  });

  test("the recorded policy is found through the output map only: a user's sheet of that name is not it", () => {
    const noMap = workbook(usersSheet(), recordedSheet());
    expect(chosen(choosePolicy(noMap, options))).toEqual(["sheet", 400_000]);
    // The map names a renamed copy: that one is read, whatever it is called.
    const renamed = workbook(usersSheet(), recordedSheet("Audit 2026"), mapNaming("Audit 2026"));
    expect(chosen(choosePolicy(renamed, options))).toEqual(["recorded", 250_000]);
    // The map names a sheet that was deleted: the next in line runs.
    const deleted = workbook(usersSheet(), mapNaming("Credit Policy Used"));
    expect(chosen(choosePolicy(deleted, options))).toEqual(["sheet", 400_000]);
  });

  test("a visible sheet whose A1 copies the map's marker records no policy", () => {
    const forged = { ...mapNaming("Credit Policy Used"), visibility: "visible" as const };
    const book = workbook(usersSheet(), recordedSheet(), forged);
    expect(chosen(choosePolicy(book, options))).toEqual(["sheet", 400_000]);
  });

  test("a refused policy stops the review instead of falling through to a weaker one", () => {
    const broken = { ...GIVEN, limit: { ...GIVEN.limit, newCustomerBase: -1 } };
    const given = choosePolicy(ALL(), { ...options, givenPolicy: broken });
    expect(given.ok ? null : [given.refusal.params.source, given.refusal.place.sheet]).toEqual([
      "given",
      null,
    ]);
    const saved = choosePolicy(ALL(), { ...options, savedPolicy: broken });
    expect(saved.ok ? null : [saved.refusal.params.source, saved.refusal.place.sheet]).toEqual([
      "settings",
      null,
    ]);
    const edited = sheet(
      "Credit Policy Used",
      policySheetRows(RECORDED, "Credit Policy Used").map((row) =>
        row[0] === "limit.newCustomerBase" ? [row[0], -1] : row
      )
    );
    const recorded = choosePolicy(
      workbook(usersSheet(), edited, mapNaming("Credit Policy Used")),
      options
    );
    expect(
      recorded.ok ? null : [recorded.refusal.params.source, recorded.refusal.place.sheet]
    ).toEqual(["recorded", "Credit Policy Used"]);
    // The sheet's issue names the value as the sheet writes it.
    expect(recorded.ok ? null : recorded.refusal.params.issues).toEqual([
      {
        code: "OUT_OF_RANGE",
        severity: "error",
        place: { path: "limit.newCustomerBase" },
        params: { value: -1, min: 0 },
      },
    ]);
  });

  test("whichever candidates are present, the strongest one present wins (property)", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (given, saved, recorded, users) => {
          const sheets = [
            ...(users ? [usersSheet()] : []),
            ...(recorded ? [recordedSheet(), mapNaming("Credit Policy Used")] : []),
          ];
          const choice = choosePolicy(workbook(...sheets), {
            ...options,
            givenPolicy: given ? GIVEN : undefined,
            savedPolicy: saved ? SAVED : undefined,
          });
          const expected = given
            ? "given"
            : saved
              ? "settings"
              : recorded
                ? "recorded"
                : users
                  ? "sheet"
                  : "default";
          expect(chosen(choice)[0]).toBe(expected);
        }
      )
    );
  });
});
