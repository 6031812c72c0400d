/**
 * Edits around a worksheet's rows, on the children the tokenizer finds: a comment that looks
 * like `<dimension>` or `<conditionalFormatting>` is neither read nor replaced, elements go where
 * CT_Worksheet orders them, and the x14 rules' priorities count when new rules are numbered.
 */
import {
  declaredDimension,
  insertConditionalFormats,
  placeInHead,
  placeInTail,
  removeConditionalFormats,
  withTabSelected,
  type WorksheetParts,
} from "../../src/file/package-writer/worksheet-xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";

function parts(): WorksheetParts {
  return {
    prefix: "",
    head:
      `<worksheet xmlns="${MAIN}"><!-- <dimension ref="A1:Z99"/> --><dimension ref="A1:C5"/>` +
      `<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData>`,
    data: "",
    tail:
      `</sheetData><!-- <conditionalFormatting sqref="E1:E9"/> -->` +
      `<conditionalFormatting sqref="A2:A5"><cfRule type="cellIs" priority="2"/></conditionalFormatting>` +
      `<conditionalFormatting sqref="E2:E5"><cfRule type="cellIs" priority="1"/></conditionalFormatting>` +
      `<pageMargins left="0.7"/>` +
      `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
      `<x14:conditionalFormatting><x14:cfRule type="dataBar" priority="7"/></x14:conditionalFormatting>` +
      `</x14:conditionalFormattings></ext></extLst></worksheet>`,
  };
}

describe("the worksheet around its rows", () => {
  test("the dimension is the element's, not the comment's, and is replaced in place", () => {
    const sheet = parts();
    expect(declaredDimension(sheet)).toEqual({ top: 1, left: 1, bottom: 5, right: 3 });
    placeInHead(sheet, "dimension", `<dimension ref="A1:F5"/>`);
    expect(sheet.head).toContain(`<!-- <dimension ref="A1:Z99"/> --><dimension ref="A1:F5"/>`);
  });

  test("the review's rules in E:E go, the user's in A:A and the comment stay; new rules are numbered past the x14 ones", () => {
    const sheet = parts();
    const highest = removeConditionalFormats(sheet, {
      top: 1,
      left: 5,
      bottom: 1_048_576,
      right: 5,
    });
    expect(highest).toBe(7);
    expect(sheet.tail).toContain(`<!-- <conditionalFormatting sqref="E1:E9"/> -->`);
    expect(sheet.tail).not.toContain(`sqref="E2:E5"`);
    insertConditionalFormats(sheet, `<conditionalFormatting sqref="F2:F5"/>`);
    expect(sheet.tail).toContain(
      `</conditionalFormatting><conditionalFormatting sqref="F2:F5"/><pageMargins`
    );
  });

  test("an element missing from the tail goes before the first that follows it in schema order", () => {
    const sheet = parts();
    placeInTail(sheet, "drawing", `<drawing r:id="rId1"/>`);
    expect(sheet.tail).toContain(`<pageMargins left="0.7"/><drawing r:id="rId1"/><extLst>`);
  });

  test("the tab selection is set and cleared on the first sheet view", () => {
    const { head } = parts();
    const cleared = withTabSelected(head, "", false);
    expect(cleared).toContain(`<sheetView workbookViewId="0"/>`);
    expect(withTabSelected(cleared, "", true)).toContain(
      `<sheetView workbookViewId="0" tabSelected="1"/>`
    );
    expect(withTabSelected(head, "", true)).toBe(head);
  });
});
