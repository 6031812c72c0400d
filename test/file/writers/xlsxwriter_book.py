"""Writes the corpus workbook with xlsxwriter (pandas' other .xlsx engine).

Usage: /usr/bin/python3 xlsxwriter_book.py SPEC.json OUT.xlsx [--table]
With --table the receivables are an Excel Table (what a slicer filters).
User content: rich strings (one in the customer table), formulas, formats, merged cells,
a user conditional format, a notes sheet.
"""
import json
import sys

import xlsxwriter


def main(spec_path, out_path, as_table):
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    book = xlsxwriter.Workbook(out_path)
    header = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    money = book.add_format({"num_format": "#,##0.00", "font_color": "#1F4E78"})
    bold = book.add_format({"bold": True})
    red = book.add_format({"font_color": "#C00000", "italic": True})

    customers = book.add_worksheet("Customers")
    customers.write_row(0, 0, spec["customers"][0], header)
    for number, row in enumerate(spec["customers"][1:], start=1):
        customers.write_row(number, 0, row)
    # A customer name typed with two looks: a rich string inside the table.
    first_name = spec["customers"][1][1]
    customers.write_rich_string(1, 1, bold, first_name[:8], red, first_name[8:])
    customers.set_column(0, 1, 18)

    receivables = book.add_worksheet("Receivables")
    receivables.write_row(0, 0, spec["receivables"][0], header)
    width = len(spec["receivables"][0])
    for number, row in enumerate(spec["receivables"][1:], start=1):
        for column, value in enumerate(row):
            if value is None:
                continue
            if column in spec["receivableDateColumns"]:
                receivables.write_number(number, column, value, date)
            elif column in spec["receivableAmountColumns"]:
                receivables.write_number(number, column, value, money)
            else:
                receivables.write(number, column, value)
        receivables.write_formula(number, width, "=E%d*2" % (number + 1), money)
    receivables.write(0, width, "Double", header)
    receivables.conditional_format(
        1, 4, len(spec["receivables"]) - 1, 4,
        {"type": "cell", "criteria": ">", "value": 4000, "format": red},
    )

    if as_table:
        last = len(spec["receivables"]) - 1
        receivables.add_table(0, 0, last, width, {
            "name": "Ledger",
            "columns": [{"header": text} for text in spec["receivables"][0] + ["Double"]],
            "style": "Table Style Light 9",
        })

    notes = book.add_worksheet("Notes")
    notes.merge_range("A1:C1", "Credit notes", bold)
    notes.write_rich_string("A2", "Watch ", red, "C003", " closely")
    notes.write_formula("B3", "=COUNTA(Customers!A:A)-1")
    book.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--table" in sys.argv[3:])
