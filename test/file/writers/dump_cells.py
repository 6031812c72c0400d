"""Prints, as JSON, every cell of the named sheets as openpyxl reads it: [value (a formula as
its text), data type, style id], and each style id's resolved style (number format, font, fill,
border, alignment, protection), so that cells are compared by what their style means.

Usage: /usr/bin/python3 dump_cells.py BOOK.xlsx [SHEET ...]
Exits non-zero (with openpyxl's message) when openpyxl cannot open the workbook: that is the
check that the file opens in openpyxl at all. With no sheet named, every sheet is dumped.
"""
import datetime
import json
import sys
import warnings

from openpyxl import load_workbook


def color(value):
    if value is None:
        return None
    return {"rgb": value.rgb if isinstance(value.rgb, str) else None, "theme": value.theme,
            "indexed": value.indexed, "tint": value.tint}


def side(value):
    return None if value is None else [value.style, color(value.color)]


def style_of(cell):
    font, fill, border, alignment = cell.font, cell.fill, cell.border, cell.alignment
    return {
        "numberFormat": cell.number_format,
        "font": [font.name, font.sz, font.b, font.i, font.u, font.strike, color(font.color)],
        "fill": [fill.fill_type, color(getattr(fill, "fgColor", None)),
                 color(getattr(fill, "bgColor", None))],
        "border": [side(border.left), side(border.right), side(border.top), side(border.bottom)],
        "alignment": [alignment.horizontal, alignment.vertical, alignment.wrap_text,
                      alignment.indent, alignment.text_rotation],
        "protection": [cell.protection.locked, cell.protection.hidden],
    }


def value_of(cell):
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if value is None or isinstance(value, (int, float, str, bool)):
        return value
    return str(value)


def main(path, names):
    # openpyxl warns about parts it does not keep (slicers, extensions): not errors here.
    warnings.simplefilter("ignore")
    book = load_workbook(path)
    sheets = {}
    # Cells share few styles: each distinct style is resolved once.
    styles = {}
    for name in names or book.sheetnames:
        sheet = book[name]
        cells = {}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None and not cell.has_style:
                    continue
                if cell.style_id not in styles:
                    styles[cell.style_id] = style_of(cell)
                cells[cell.coordinate] = [value_of(cell), cell.data_type, cell.style_id]
        sheets[name] = {"cells": cells, "merged": sorted(str(r) for r in sheet.merged_cells.ranges)}
    # Style fields may be openpyxl descriptor values: their text is what is compared.
    json.dump({"sheetNames": book.sheetnames, "sheets": sheets,
               "styles": {str(key): value for key, value in styles.items()}},
              sys.stdout, sort_keys=True,
              default=str)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
