/**
 * The Letters sheet: every collection letter of a review, ready to print, one customer per page
 * (a manual page break above each letter but the first). Each letter is its subject, its body cut
 * into lines that fit the page, then its statement of account: the open invoices (number, date,
 * due date, days overdue, open amount) and the open amount per aging bucket with the total.
 * `lettersSheetPlan` plans this sheet alone, so a button can write it without a whole review.
 */
import { sumMinor, ZERO_MINOR } from "../engine/money";
import type { Policy } from "../engine/policy";
import type { Minor, ReviewInput, ReviewResult } from "../engine/types";
import type { CustomerLetter, StatementWordsByLanguage } from "./customer-letters";
import { customerLetters } from "./customer-letters";
import type { OutputLabels } from "./labels";
import { DATE_FORMAT, DAYS_FORMAT, TEXT_FORMAT, moneyFormat } from "./number-formats";
import { cellAddress, columnRange } from "./plan-address";
import type { NumberFormatPlan, PlanValue, SheetPlan } from "./plan";
import type { OwnedSheetName } from "./plan-sheet-name";
import { replacedVisibleSheet } from "./replaced-sheet";
import { toCurrencyUnits } from "./plan-values";
import { wrapLines } from "./wrap-lines";

/** Invoice, invoice date, due date, days overdue, open amount: the statement's five columns. */
const COLUMN_WIDTHS = [18, 13, 13, 13, 17];
/** Body lines stay inside the five columns (a little less than their widths' sum). */
const LINE_WIDTH = 70;
const AMOUNT_COLUMN = 5;
const AS_OF_ROW = 2;

export function lettersTitle(labels: OutputLabels): string {
  return labels.letters.title;
}

/** Rows of one letter, from `top`, with their formats, bold rows and the row its page starts on. */
class LetterRows {
  readonly cells: PlanValue[][] = [];
  readonly numberFormats: NumberFormatPlan[] = [];
  readonly boldRows: number[] = [];

  constructor(private readonly top: number) {}

  get nextRow(): number {
    return this.top + this.cells.length;
  }

  add(values: PlanValue[], bold = false): number {
    const row = this.nextRow;
    if (bold) this.boldRows.push(row);
    this.cells.push(values);
    return row;
  }
}

function writeLetter(rows: LetterRows, letter: CustomerLetter, money: string): void {
  const { content, facts } = letter;
  const units = (amount: Minor) => toCurrencyUnits(amount, facts.minorPerUnit);
  rows.add([content.subject], true);
  rows.add([]);
  for (const paragraph of content.paragraphs) {
    if (paragraph.trim() === "") rows.add([]);
    else for (const line of wrapLines(paragraph, LINE_WIDTH)) rows.add([line]);
  }
  rows.add([]);
  rows.add([content.statement.title], true);
  rows.add(content.statement.head, true);
  if (facts.invoices.length > 0) {
    const first = rows.nextRow;
    for (const invoice of facts.invoices)
      rows.add([
        invoice.invoiceNo,
        invoice.invoiceDate,
        invoice.dueDate,
        Math.max(0, invoice.daysOverdue),
        units(invoice.open),
      ]);
    const last = rows.nextRow - 1;
    rows.numberFormats.push(
      { range: columnRange(1, first, last), format: TEXT_FORMAT },
      { range: `${cellAddress(first, 2)}:${cellAddress(last, 3)}`, format: DATE_FORMAT },
      { range: columnRange(4, first, last), format: DAYS_FORMAT },
      { range: columnRange(AMOUNT_COLUMN, first, last), format: money }
    );
  }
  rows.add([]);
  rows.add([content.statement.agingTitle], true);
  const agingFirst = rows.nextRow;
  facts.bucketLabels.forEach((label, bucket) =>
    rows.add([label, null, null, null, units(facts.bucketAmounts[bucket] ?? ZERO_MINOR)])
  );
  const total = sumMinor(facts.invoices.map((invoice) => invoice.open));
  rows.add([content.statement.total[0], null, null, null, units(total)], true);
  rows.numberFormats.push(
    { range: columnRange(1, agingFirst, rows.nextRow - 1), format: TEXT_FORMAT },
    { range: columnRange(AMOUNT_COLUMN, agingFirst, rows.nextRow - 1), format: money }
  );
}

export interface LettersSheetArgs {
  letters: readonly CustomerLetter[];
  asOf: number;
  labels: OutputLabels;
  policy: Policy;
  sheetName: OwnedSheetName;
}

/** The Letters sheet of letters already chosen (`customerLetters`). */
export function buildLettersSheet({
  letters,
  asOf,
  labels,
  policy,
  sheetName,
}: LettersSheetArgs): SheetPlan {
  const words = labels.letters;
  const money = moneyFormat(policy.minorPerUnit);
  const rows = new LetterRows(1);
  rows.add([words.title], true);
  rows.add([labels.aging.asOf ?? labels.log.reviewDate, asOf]);
  rows.add([]);
  rows.numberFormats.push({ range: cellAddress(AS_OF_ROW, 2), format: DATE_FORMAT });
  const pageBreaksBefore: number[] = [];
  if (letters.length === 0) rows.add([words.noLetters]);
  letters.forEach((letter, index) => {
    if (index > 0) pageBreaksBefore.push(rows.nextRow);
    writeLetter(rows, letter, money);
  });
  return replacedVisibleSheet("letters", sheetName, {
    cells: rows.cells,
    numberFormats: rows.numberFormats,
    conditionalFormats: [],
    boldRows: rows.boldRows,
    columnWidths: COLUMN_WIDTHS,
    freezeRows: 0,
    charts: [],
    print: { orientation: "portrait", fitToPagesWide: 1, titleRows: null, pageBreaksBefore },
  });
}

export interface LettersSheetPlanArgs {
  input: ReviewInput;
  result: ReviewResult;
  policy: Policy;
  labels: OutputLabels;
  /** The sender's name, for `{company}` in the templates. */
  company: string;
  /** Statement headings per letter language (`i18n/statement-words.ts`). */
  statementWords: StatementWordsByLanguage;
  sheetName: OwnedSheetName;
}

/** The Letters sheet of a review, on its own (the pane's "write letters" button). */
export function lettersSheetPlan(args: LettersSheetPlanArgs): SheetPlan {
  const letters = customerLetters({
    input: args.input,
    result: args.result,
    policy: args.policy,
    language: args.labels.locale,
    company: args.company,
    statementWords: args.statementWords,
  });
  return buildLettersSheet({
    letters,
    asOf: args.result.asOf,
    labels: args.labels,
    policy: args.policy,
    sheetName: args.sheetName,
  });
}
