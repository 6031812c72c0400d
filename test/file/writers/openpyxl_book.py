"""Writes the corpus workbook with openpyxl (pandas' default .xlsx writer).

Usage: /usr/bin/python3 openpyxl_book.py SPEC.json OUT.xlsx
The tables come from the spec; the user content added here is what openpyxl users write:
a formula column, styled headers, number formats, merged cells, a comment, a notes sheet.
"""
import json
import sys

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side


def main(spec_path, out_path):
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    book = Workbook()
    header_font = Font(bold=True, color="FFFFFFFF")
    header_fill = PatternFill("solid", fgColor="FF1F4E78")
    thin = Side(style="thin", color="FF999999")

    customers = book.active
    customers.title = "Customers"
    for row in spec["customers"]:
        customers.append(row)
    for cell in customers[1]:
        cell.font = header_font
        cell.fill = header_fill
    customers["B2"].comment = Comment("Key account since 2019", "Credit team")
    customers.freeze_panes = "A2"

    receivables = book.create_sheet("Receivables")
    for row in spec["receivables"]:
        receivables.append(row)
    width = len(spec["receivables"][0])
    check_column = width + 1
    receivables.cell(row=1, column=check_column, value="Check")
    for number in range(2, len(spec["receivables"]) + 1):
        for column in spec["receivableDateColumns"]:
            receivables.cell(row=number, column=column + 1).number_format = "yyyy-mm-dd"
        for column in spec["receivableAmountColumns"]:
            cell = receivables.cell(row=number, column=column + 1)
            cell.number_format = "#,##0.00"
            cell.border = Border(bottom=thin)
        receivables.cell(row=number, column=check_column, value="=E%d-F%d" % (number, number))
    for cell in receivables[1]:
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center")

    notes = book.create_sheet("Notes")
    notes["A1"] = "Credit notes"
    notes["A1"].font = Font(size=14, italic=True)
    notes.merge_cells("A1:C1")
    notes["A2"] = "Total open"
    notes["B2"] = "=SUM(Receivables!E2:E%d)" % len(spec["receivables"])
    notes["B2"].number_format = "#,##0.00"
    notes["A3"] = "Reviewed by"
    notes["B3"] = "M. Chen"
    book.save(out_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
