import fc from "fast-check";
import { serialDate } from "../../src/engine/serial-date";
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { SettingsChangedElsewhereError, loadSettings } from "../../src/excel/settings";
import { createExcelSettings } from "../../src/taskpane/ports/excel-port";
import { SETTINGS_KEY, encodeSettings } from "../../src/workbook/settings-codec";
import { mergeSettings } from "../../src/workbook/settings-merge";
import { SharedDocumentSettings } from "./document-settings-fake";

function withScore(policy: Policy, change: Partial<Policy["score"]>): Policy {
  return { ...policy, score: { ...policy.score, ...change } };
}

/** A document that already holds the default policy, in English, as of today. */
function sharedDocument(): SharedDocumentSettings {
  const document = new SharedDocumentSettings();
  document.saved.set(
    SETTINGS_KEY,
    encodeSettings({ locale: "en-US", policy: DEFAULT_POLICY, asOf: { kind: "today" } })
  );
  return document;
}

describe("settings saved by two panes on one document", () => {
  it("keeps a co-author's policy edit when this pane saves a different one", async () => {
    const document = sharedDocument();
    const alice = createExcelSettings(document.openPane());
    const bob = createExcelSettings(document.openPane());
    const alicePolicy = (await alice.load()).policy as Policy;
    const bobPolicy = (await bob.load()).policy as Policy;

    // Bob raises the rating scale to 20 and saves first.
    await bob.save({ ...(await bob.load()), policy: withScore(bobPolicy, { ratingMax: 20 }) });
    // Alice's editor still shows ratingMax 10; she changes the minimum coverage to 70 %.
    const stored = await alice.load();
    await alice.save({ ...stored, policy: withScore(alicePolicy, { minCoverage: 0.7 }) });

    const saved = loadSettings(document.openPane()).settings;
    expect(saved.policy?.score.ratingMax).toBe(20);
    expect(saved.policy?.score.minCoverage).toBe(0.7);
    expect(saved.policy?.score.factors).toEqual(DEFAULT_POLICY.score.factors);
    expect(document.saves).toBe(2);
  });

  it("refuses, saving nothing, when both changed the same setting", async () => {
    const document = sharedDocument();
    const alice = createExcelSettings(document.openPane());
    const bob = createExcelSettings(document.openPane());
    const alicePolicy = (await alice.load()).policy as Policy;
    await bob.save({ ...(await bob.load()), policy: withScore(DEFAULT_POLICY, { ratingMax: 20 }) });

    const stored = await alice.load();
    const refused = alice.save({ ...stored, policy: withScore(alicePolicy, { ratingMax: 5 }) });
    await expect(refused).rejects.toBeInstanceOf(SettingsChangedElsewhereError);
    await expect(refused).rejects.toMatchObject({
      code: "SETTINGS_CHANGED_ELSEWHERE",
      settings: ["policy.score.ratingMax"],
      message: expect.stringContaining('"policy.score.ratingMax"'),
    });
    expect(loadSettings(document.openPane()).settings.policy?.score.ratingMax).toBe(20);
    expect(document.saves).toBe(1);
  });

  it("does not take a co-author's value, passed through by another save, as this pane's edit", async () => {
    const document = sharedDocument();
    const alice = createExcelSettings(document.openPane());
    const bob = createExcelSettings(document.openPane());
    const alicePolicy = (await alice.load()).policy as Policy;
    await bob.save({ ...(await bob.load()), policy: withScore(DEFAULT_POLICY, { ratingMax: 20 }) });

    // Alice switches the language: the pane saves everything it just loaded (ratingMax 20) with it.
    await alice.save({ ...(await alice.load()), locale: "zh-CN" });
    // Then she saves her older policy draft with one change of her own.
    await alice.save({
      ...(await alice.load()),
      policy: withScore(alicePolicy, { minCoverage: 0.5 }),
    });

    const saved = loadSettings(document.openPane()).settings;
    expect(saved.locale).toBe("zh-CN");
    expect(saved.policy?.score).toMatchObject({ ratingMax: 20, minCoverage: 0.5 });
  });

  it("lets a pane change its own saved setting again", async () => {
    const document = sharedDocument();
    const alice = createExcelSettings(document.openPane());
    await alice.load();
    await alice.save({ ...(await alice.load()), asOf: { kind: "fixed", date: serialDate(46203) } });
    await alice.save({ ...(await alice.load()), asOf: { kind: "fixed", date: serialDate(46234) } });
    expect(loadSettings(document.openPane()).settings.asOf).toEqual({ kind: "fixed", date: 46234 });
  });

  it("keeps the output map a co-author's review recorded", async () => {
    const document = sharedDocument();
    const alice = createExcelSettings(document.openPane());
    await alice.load();
    const bobsReview = encodeSettings({
      ...loadSettings(document.openPane()).settings,
      outputMap: "CreditDesk_Meta",
    });
    document.saved.set(SETTINGS_KEY, bobsReview);
    await alice.save({ ...(await alice.load()), locale: "zh-TW" });
    expect(loadSettings(document.openPane()).settings).toMatchObject({
      locale: "zh-TW",
      outputMap: "CreditDesk_Meta",
    });
  });
});

describe("mergeSettings", () => {
  const loaded = { locale: "en-US", columnMapping: { customers: { id: 1, name: 2 } } };

  it("applies this pane's changes over the document's current settings", () => {
    const mine = { locale: "en-US", columnMapping: { customers: { id: 1, name: 4 } } };
    const current = {
      locale: "zh-TW",
      columnMapping: { customers: { id: 1, name: 2 }, receivables: { amount: 7 } },
    };
    expect(mergeSettings(loaded, mine, current)).toEqual({
      ok: true,
      merged: {
        locale: "zh-TW",
        columnMapping: { customers: { id: 1, name: 4 }, receivables: { amount: 7 } },
      },
      basis: { locale: "en-US", columnMapping: { customers: { id: 1, name: 4 } } },
    });
  });

  it("removes a setting this pane removed, and names each one changed on both sides", () => {
    const removed = mergeSettings(loaded, { locale: "en-US" }, loaded);
    expect(removed).toMatchObject({ ok: true, merged: { locale: "en-US" } });
    const both = mergeSettings(
      loaded,
      { locale: "zh-CN", columnMapping: { customers: { id: 3, name: 2 } } },
      { locale: "zh-TW", columnMapping: { customers: { id: 5, name: 2 } } }
    );
    expect(both).toEqual({ ok: false, conflicts: ["columnMapping.customers.id", "locale"] });
  });

  it("treats an array (grade bands, bucket edges) as one setting", () => {
    const edges = (values: number[]) => ({
      policy: { aging: { edges: values } } as unknown as Policy,
    });
    const merged = mergeSettings(edges([30, 60]), edges([30, 60, 90]), edges([30, 60]));
    expect(merged).toMatchObject({ ok: true, merged: edges([30, 60, 90]) });
    const clash = mergeSettings(edges([30, 60]), edges([30, 60, 90]), edges([15, 60]));
    expect(clash).toEqual({ ok: false, conflicts: ["policy.aging.edges"] });
  });

  const settingValue = fc.oneof(fc.constantFrom(1, 2, 3), fc.constant(undefined));
  const side = fc.record({ a: settingValue, b: settingValue, c: settingValue });
  const defined = (record: Record<string, number | undefined>): Record<string, number> => {
    const kept: Record<string, number> = {};
    for (const [key, value] of Object.entries(record)) if (value !== undefined) kept[key] = value;
    return kept;
  };

  it("never loses a co-author's change: every setting ends as theirs, mine, or refused (property)", () => {
    fc.assert(
      fc.property(side, side, side, (loadedSide, mineSide, currentSide) => {
        const [base, mine, current] = [loadedSide, mineSide, currentSide].map(defined);
        const result = mergeSettings(
          { columnMapping: { customers: base } },
          { columnMapping: { customers: mine } },
          { columnMapping: { customers: current } }
        );
        for (const key of ["a", "b", "c"]) {
          const mineChanged = mine[key] !== base[key];
          const theirsChanged = current[key] !== base[key];
          const clash = mineChanged && theirsChanged && mine[key] !== current[key];
          if (clash) {
            expect(result.ok).toBe(false);
            continue;
          }
          if (!result.ok) continue;
          const ended = (result.merged.columnMapping?.customers ?? {})[key];
          expect(ended).toBe(mineChanged ? mine[key] : current[key]);
        }
      })
    );
  });
});
