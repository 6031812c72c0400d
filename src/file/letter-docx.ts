/**
 * One customer's collection letter as a Word document (.docx): the letter, then on the same
 * page flow its statement of account as two tables. The text comes whole from `LetterContent`;
 * this file only lays it out, with the `docx` library writing the package.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { LetterContent } from "../workbook/letter-content";

/** Fonts a reader is likely to have for each script; Word falls back when one is missing. */
const EAST_ASIAN_FONT: Record<LetterContent["language"], string> = {
  "en-US": "Calibri",
  "zh-CN": "SimSun",
  "zh-TW": "PMingLiU",
};

function cell(text: string, bold: boolean, alignRight: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: alignRight ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold })],
      }),
    ],
  });
}

function table(head: string[] | null, rows: string[][], rightFrom: number): Table {
  const toRow = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((text, i) => cell(text, bold, i >= rightFrom)),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...(head === null ? [] : [toRow(head, true)]), ...rows.map((r) => toRow(r, false))],
  });
}

export function letterDocument(content: LetterContent): Document {
  const { statement } = content;
  return new Document({
    styles: {
      default: {
        document: {
          run: { font: { ascii: "Calibri", eastAsia: EAST_ASIAN_FONT[content.language] } },
        },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(content.subject)],
          }),
          ...content.paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [new TextRun(statement.title)],
          }),
          table(statement.head, statement.rows, 3),
          new Paragraph({
            heading: HeadingLevel.HEADING_3,
            children: [new TextRun(statement.agingTitle)],
          }),
          table(null, [...statement.aging, statement.total], 1),
        ],
      },
    ],
  });
}

/** The letter as the bytes of a .docx file (write them with the atomic writer). */
export async function letterDocxBytes(content: LetterContent): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(letterDocument(content)));
}
