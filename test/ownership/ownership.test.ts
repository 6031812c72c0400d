/**
 * Ownership is proven, never trusted: after each kind of edit a person makes between two
 * reviews, every cell of the user's is the same after the second review, in both appliers.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { outputLabels } from "../../src/i18n/output-labels";
import { META_MARKER, META_SHEET_NAME } from "../../src/workbook/meta-sheet";
import { APPLIERS } from "./appliers";
import { baseBook } from "./base-book";
import type { Edit, ModelBook } from "./model-book";
import {
  applyEdit,
  cellOf,
  changedUserCells,
  cloneBook,
  planCellsInMerges,
  sheetNamed,
  userCells,
} from "./model-book";

const EN = outputLabels("en-US", DEFAULT_POLICY);
const SCORE = EN.customerColumns.score;

function headerCount(book: ModelBook, sheet: string, header: string): number {
  return sheetNamed(book, sheet).cells[0].filter((cell) => cell === header).length;
}

describe.each(APPLIERS)("ownership through %s", (_name, reviewWith) => {
  /** First review, the edits, second review: the book before and after, and the user's cells. */
  async function twoReviews(edits: Edit[], start: ModelBook = baseBook()) {
    const first = await reviewWith(start);
    if (!first.plan) throw new Error(`first review refused: ${first.refusal}`);
    const edited = cloneBook(first.book);
    const ownership = userCells(edited, first.plan);
    for (const edit of edits) applyEdit(edited, ownership, edit);
    const second = await reviewWith(edited);
    return { first, edited, ownership, second };
  }

  test("a re-run without edits updates the block in place (customers C:O, one header of each)", async () => {
    const { edited, ownership, second } = await twoReviews([]);
    expect(second.refusal).toBeNull();
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    expect(cellOf(sheetNamed(second.book, "Customers"), 1, 3)).toBe(SCORE);
    expect(headerCount(second.book, "Customers", SCORE)).toBe(1);
  });

  test("a column inserted left of the block: the block is found moved (D:P) and updated there", async () => {
    const { edited, ownership, second } = await twoReviews([
      { kind: "insertColumn", sheet: "Customers", at: 2, values: ["Region", "N", "S", "E"] },
    ]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    expect(cellOf(sheetNamed(second.book, "Customers"), 1, 4)).toBe(SCORE);
    expect(headerCount(second.book, "Customers", SCORE)).toBe(1);
  });

  test("a column inserted inside the block: it is kept, the broken block cleared and written afresh right of it", async () => {
    const { edited, ownership, second } = await twoReviews([
      { kind: "insertColumn", sheet: "Customers", at: 5, values: ["Mine", "m1", "m2", "m3"] },
    ]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    const customers = sheetNamed(second.book, "Customers");
    expect(cellOf(customers, 1, 5)).toBe("Mine");
    expect(cellOf(customers, 1, 3)).toBeNull(); // the old score column: proven ours, cleared
    expect(cellOf(customers, 1, 6)).toBe(SCORE); // the fresh block starts right of "Mine"
    expect(headerCount(second.book, "Customers", SCORE)).toBe(1);
  });

  test("one output column deleted and the user's own added in its place: the user's column stays", async () => {
    const { edited, ownership, second } = await twoReviews([
      { kind: "deleteColumn", sheet: "Customers", at: 4 },
      { kind: "insertColumn", sheet: "Customers", at: 4, values: ["Notes", "n1", "n2", "n3"] },
    ]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    expect(cellOf(sheetNamed(second.book, "Customers"), 2, 4)).toBe("n1");
  });

  // Customers C:O after the first review: score at C, grade at D. The score column moved to the
  // far right (X), then the grade column deleted: the score column now stands at W, apart.
  const scoreMovedApart: Edit[] = [
    { kind: "moveColumn", sheet: "Customers", from: 3, to: 24 },
    { kind: "deleteColumn", sheet: "Customers", at: 3 },
  ];

  test("a broken-up block whose moved column still holds what was written: that column is cleared", async () => {
    const { edited, ownership, second } = await twoReviews(scoreMovedApart);
    expect(cellOf(sheetNamed(edited, "Customers"), 1, 23)).toBe(SCORE);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    const customers = sheetNamed(second.book, "Customers");
    expect(cellOf(customers, 1, 23)).toBeNull();
    expect(cellOf(customers, 1, 3)).toBe(SCORE); // the block written afresh at C
    expect(headerCount(second.book, "Customers", SCORE)).toBe(1);
    expect(second.problems.filter((p) => p.startsWith("OUTPUT_COLUMN_LEFT"))).toEqual([]);
  });

  test("a note typed into a blank cell of that moved column: the column is left whole, the note kept, W1 named", async () => {
    // C1 has no score (fewer than 60 % of the factor weight rated): W2 was written blank.
    const note: Edit = {
      kind: "typeCell",
      sheet: "Customers",
      row: 2,
      column: 23,
      value: "u: call",
    };
    const { edited, ownership, second } = await twoReviews([...scoreMovedApart, note]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    const customers = sheetNamed(second.book, "Customers");
    expect(cellOf(customers, 2, 23)).toBe("u: call");
    expect(cellOf(customers, 1, 23)).toBe(SCORE); // left as it is: the user's column now
    expect(second.problems).toContain("OUTPUT_COLUMN_LEFT Customers!W1");
    // The fresh block goes right of every used cell of the table's rows, the user's W included:
    // at X; the rest of the old block (C:N, unchanged) is cleared.
    expect(cellOf(customers, 1, 24)).toBe(SCORE);
    expect(cellOf(customers, 1, 3)).toBeNull();
    expect(headerCount(second.book, "Customers", SCORE)).toBe(2);
  });

  test("a user's header typed over one of ours: that column is the user's from then on", async () => {
    const edits: Edit[] = [{ kind: "deleteColumn", sheet: "Customers", at: 3 }];
    const start = baseBook();
    const first = await reviewWith(start);
    const edited = cloneBook(first.book);
    const ownership = userCells(edited, first.plan);
    for (const edit of edits) applyEdit(edited, ownership, edit);
    // The person renames our "Grade" header (now at C) and types their own values under it.
    const customers = sheetNamed(edited, "Customers");
    customers.cells.forEach((row, index) => (row[2] = index === 0 ? "My grade" : `g${index}`));
    ownership.get("Customers")?.forEach((row) => (row[2] = true));
    const second = await reviewWith(edited);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
  });

  test("a map edited to claim the user's columns (A:B) writes nothing there", async () => {
    const { edited, ownership, second } = await twoReviews([
      { kind: "editMap", row: 3, column: 5, value: 1 },
      { kind: "editMap", row: 4, column: 5, value: 1 },
    ]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    expect(cellOf(sheetNamed(second.book, "Customers"), 1, 1)).toBe("Customer ID");
  });

  test("a visible sheet whose A1 copies the map's marker and names a user's sheet as Aging is not the map", async () => {
    const notes = [
      ["Aging", "my own aging notes"],
      ["kept", 1],
    ];
    const forged = [
      [META_MARKER, 1],
      ["record", "role / key"],
      ["sheet", "aging", "Notes"],
    ];
    const start = baseBook();
    start.sheets.push(
      { name: "Notes", visibility: "visible", cells: notes },
      { name: META_SHEET_NAME, visibility: "visible", cells: forged }
    );
    const first = await reviewWith(start);
    expect(first.refusal).toBeNull();
    expect(changedUserCells(start, userCells(start, null), first.book)).toEqual([]);
    expect(sheetNamed(first.book, "Notes").cells).toEqual(notes);
    // The real map takes a free name, and the host records that one.
    expect(first.book.outputMapName).toBe(`${META_SHEET_NAME} (2)`);
    const { edited, ownership, second } = await twoReviews([], first.book);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    expect(second.plan?.columnBlocks[0].firstColumn).toBe(3); // the block is proven ours again
  });

  test("the map deleted: nothing is proven ours, a fresh block goes right of the old one, no user cell changes", async () => {
    const first = await reviewWith(baseBook());
    const edited = cloneBook(first.book);
    const ownership = userCells(edited, first.plan);
    edited.sheets = edited.sheets.filter((sheet) => sheet.visibility !== "veryHidden");
    const second = await reviewWith(edited);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    expect(second.plan?.columnBlocks[0].firstColumn).toBe(16); // C:O stays, P on is new
  });

  test("user's sheets called like output sheets (Aging, 账龄分析, Credit Log) keep every cell; the output takes free names", async () => {
    const zh = outputLabels("zh-CN", DEFAULT_POLICY);
    const start = baseBook();
    const own = (name: string) => ({
      name,
      visibility: "visible" as const,
      cells: [
        [name, "my own"],
        ["row", 7],
      ],
    });
    start.sheets.push(own("Aging"), own(zh.sheets.aging), own("Credit Log"));
    const first = await reviewWith(start);
    expect(first.refusal).toBeNull();
    for (const name of ["Aging", zh.sheets.aging, "Credit Log"])
      expect(sheetNamed(first.book, name).cells).toEqual([
        [name, "my own"],
        ["row", 7],
      ]);
    const names = first.plan?.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(["Aging (2)", "Credit Log (2)"]));
  });

  test("our Credit Log renamed and a user's own 'Credit Log' made: neither is appended to by a stranger", async () => {
    const { edited, ownership, second } = await twoReviews([
      { kind: "renameSheet", sheet: "Credit Log", to: "Old log" },
      {
        kind: "addSheet",
        name: "Credit Log",
        values: [
          ["Date", "What"],
          ["today", "call C1"],
        ],
      },
    ]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    expect(sheetNamed(second.book, "Credit Log").cells).toEqual([
      ["Date", "What"],
      ["today", "call C1"],
    ]);
    // The map still names "Credit Log", which no longer carries our header: a new log is started.
    expect(second.plan?.sheets.find((sheet) => sheet.key === "creditLog")?.name).toBe(
      "Credit Log (2)"
    );
  });

  test("the proven log is appended to: the second review's rows go below the first's", async () => {
    const { first, second } = await twoReviews([]);
    const rowsBefore = sheetNamed(first.book, "Credit Log").cells.length;
    const log = sheetNamed(second.book, "Credit Log");
    expect(log.cells.length).toBe(rowsBefore + 3);
  });

  test("a merge F1:G2 right of a 5-column table: the block starts at I, one blank column after the merge", async () => {
    const start = baseBook();
    const customers = sheetNamed(start, "Customers");
    customers.cells = [
      ["Customer ID", "Customer name", "Region", "Sales rep", "Phone", "Our notes"],
      ["C1", "Alpha", "N", "Ann", "555-1", null],
      ["C2", "Beta", "S", "Bob", "555-2", null],
      ["C3", "Gamma", "E", "Cy", "555-3", null],
    ];
    customers.merges = ["F1:G2"];
    const first = await reviewWith(start);
    expect(first.refusal).toBeNull();
    const block = first.plan?.columnBlocks.find((candidate) => candidate.sheet === "Customers");
    expect(block?.firstColumn).toBe(9); // I: F:G merged, H blank
    expect(planCellsInMerges(start, first.plan)).toEqual([]);
    expect(changedUserCells(start, userCells(start, null), first.book)).toEqual([]);
    expect(sheetNamed(first.book, "Customers").merges).toEqual(["F1:G2"]);
    expect(cellOf(sheetNamed(first.book, "Customers"), 1, 9)).toBe(SCORE);
    // A second review finds the block at I and updates it there.
    const second = await reviewWith(cloneBook(first.book));
    expect(second.plan?.columnBlocks[0].firstColumn).toBe(9);
    expect(headerCount(second.book, "Customers", SCORE)).toBe(1);
  });

  test("a merge over two of our columns (D1:E1): they are the user's, never unmerged or written into", async () => {
    const { edited, ownership, second } = await twoReviews([
      { kind: "mergeCells", sheet: "Customers", range: "D1:E1" },
    ]);
    expect(second.refusal).toBeNull();
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    expect(planCellsInMerges(edited, second.plan)).toEqual([]);
    expect(sheetNamed(second.book, "Customers").merges).toEqual(["D1:E1"]);
    // D:E are the user's now, so part of the table (the merge inside it needs no blank column):
    // the broken block is cleared and written afresh from F.
    expect(second.plan?.columnBlocks[0].firstColumn).toBe(6);
    expect(cellOf(sheetNamed(second.book, "Customers"), 1, 4)).toBe(EN.customerColumns.grade);
  });

  test("the table grows down into rows where the user merged D6:E7 under our block: the block moves past the merge (G)", async () => {
    const grow: Edit[] = [5, 6, 7].flatMap((row) => [
      { kind: "typeCell", sheet: "Customers", row, column: 1, value: `C${row - 1}` },
      { kind: "typeCell", sheet: "Customers", row, column: 2, value: `Name ${row}` },
    ]);
    const { edited, ownership, second } = await twoReviews([
      { kind: "mergeCells", sheet: "Customers", range: "D6:E7" },
      ...grow,
    ]);
    expect(second.refusal).toBeNull();
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    expect(planCellsInMerges(edited, second.plan)).toEqual([]);
    const block = second.plan?.columnBlocks.find((candidate) => candidate.sheet === "Customers");
    expect(block?.firstColumn).toBe(7); // past E, one blank column (F)
    expect(block?.rows).toHaveLength(6);
    expect(headerCount(second.book, "Customers", SCORE)).toBe(1);
  });

  test("a merge across the table's and our first column below it (A5:C5) and a note at U5: the block is not updated in place into the merge", async () => {
    const { edited, ownership, second } = await twoReviews([
      { kind: "mergeCells", sheet: "Customers", range: "A5:C5" },
      { kind: "typeCell", sheet: "Customers", row: 5, column: 21, value: "u: note" },
      { kind: "editMap", row: 1, column: 2, value: 0 },
    ]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    expect(planCellsInMerges(edited, second.plan)).toEqual([]);
    expect(sheetNamed(second.book, "Customers").merges).toEqual(["A5:C5"]);
  });

  test("a title row inserted above the reviewed table: the block is found one row down and rewritten, not doubled", async () => {
    const { edited, ownership, second } = await twoReviews([
      { kind: "insertRow", sheet: "Customers", at: 1, values: ["ACME customers"] },
      { kind: "insertRow", sheet: "Receivables", at: 1, values: ["ACME receivables"] },
    ]);
    expect(second.refusal).toBeNull();
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    const customers = sheetNamed(second.book, "Customers");
    const block = second.plan?.columnBlocks.find((candidate) => candidate.sheet === "Customers");
    expect(block?.headerRow).toBe(2);
    expect(block?.firstColumn).toBe(3);
    expect(cellOf(customers, 2, 3)).toBe(SCORE);
    expect(customers.cells.flat().filter((cell) => cell === SCORE)).toHaveLength(1);
    expect(cellOf(customers, 1, 3)).toBeNull();
    const receivables = sheetNamed(second.book, "Receivables");
    const daysOverdue = EN.receivableColumns.daysOverdue;
    expect(receivables.cells.flat().filter((cell) => cell === daysOverdue)).toHaveLength(1);
  });

  test("a row inserted inside the table: one block, and the new row gets its results", async () => {
    const { edited, ownership, second } = await twoReviews([
      { kind: "insertRow", sheet: "Customers", at: 3, values: ["C4", "Delta"] },
    ]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    const customers = sheetNamed(second.book, "Customers");
    expect(customers.cells.flat().filter((cell) => cell === SCORE)).toHaveLength(1);
    expect(second.plan?.columnBlocks[0].firstColumn).toBe(3);
    expect(second.plan?.columnBlocks[0].rows).toHaveLength(4);
  });

  test("the table sorted by the user (whole rows reversed): one block, updated in place", async () => {
    const { edited, ownership, second } = await twoReviews([
      { kind: "reverseRows", sheet: "Customers", top: 2, bottom: 4 },
    ]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    const customers = sheetNamed(second.book, "Customers");
    expect(customers.cells.flat().filter((cell) => cell === SCORE)).toHaveLength(1);
    expect(second.plan?.columnBlocks[0].firstColumn).toBe(3);
    expect(cellOf(customers, 2, 1)).toBe("C3");
  });

  test("a row deleted from the table with a note typed just below our score column: the note moves up and is kept", async () => {
    // Customers rows 1-4, the block C1:O4; the note at C5 moves up to C4 when row 3 goes.
    const { edited, ownership, second } = await twoReviews([
      { kind: "typeCell", sheet: "Customers", row: 5, column: 3, value: "u: total" },
      { kind: "deleteRow", sheet: "Customers", at: 3 },
    ]);
    expect(cellOf(sheetNamed(edited, "Customers"), 4, 3)).toBe("u: total");
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    const customers = sheetNamed(second.book, "Customers");
    expect(cellOf(customers, 4, 3)).toBe("u: total");
    expect(second.plan?.columnBlocks[0].rows).toHaveLength(2);
  });

  test("a customer added on the row where the user had typed a note under our score column: the note is kept, the block moves right of it", async () => {
    // Customers rows 1-4, the block C1:O4; the user notes C5, then adds customer C4 on row 5.
    const { edited, ownership, second } = await twoReviews([
      { kind: "typeCell", sheet: "Customers", row: 5, column: 3, value: "u: total" },
      { kind: "typeCell", sheet: "Customers", row: 5, column: 1, value: "C4" },
      { kind: "typeCell", sheet: "Customers", row: 5, column: 2, value: "Delta" },
    ]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    const customers = sheetNamed(second.book, "Customers");
    expect(cellOf(customers, 5, 3)).toBe("u: total");
    const block = second.plan?.columnBlocks.find((candidate) => candidate.sheet === "Customers");
    expect(block?.firstColumn).toBe(4); // right of the note in C5
    expect(block?.rows).toHaveLength(4);
    expect(cellOf(customers, 1, 4)).toBe(SCORE);
    expect(customers.cells.flat().filter((cell) => cell === SCORE)).toHaveLength(1);
  });

  test("a note under our grade column and a column of the user's inserted into the block reaching row 5: the note is kept", async () => {
    // The block C1:O4; the note at D5; the user's column inserted at D (D1:D5) moves it to E5.
    const { edited, ownership, second } = await twoReviews([
      { kind: "typeCell", sheet: "Customers", row: 5, column: 4, value: "u: note" },
      { kind: "insertColumn", sheet: "Customers", at: 4, values: ["Mine", "m1", "m2", "m3", "m4"] },
    ]);
    expect(changedUserCells(edited, ownership, second.book)).toEqual([]);
    const customers = sheetNamed(second.book, "Customers");
    expect(cellOf(customers, 5, 5)).toBe("u: note");
    const block = second.plan?.columnBlocks.find((candidate) => candidate.sheet === "Customers");
    expect(block?.firstColumn).toBe(6); // right of the note in E5
    expect(customers.cells.flat().filter((cell) => cell === SCORE)).toHaveLength(1);
  });

  test("the map is very hidden and the host records its name", async () => {
    const first = await reviewWith(baseBook());
    expect(first.book.outputMapName).toBe(META_SHEET_NAME);
    expect(sheetNamed(first.book, META_SHEET_NAME).visibility).toBe("veryHidden");
  });
});
