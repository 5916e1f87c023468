#!/usr/bin/python3
"""Reads an .xlsx back as a spreadsheet program would and prints what the tests check, as JSON.

Usage: xlsx_dump.py FILE.xlsx

The cells come from openpyxl (3.0.9 on Debian 12): each cell's type as openpyxl sees it ("s" text, "n"
number, "d" date, "f" formula), its value, its number format and whether it is bold; per sheet the frozen
pane and the column widths. openpyxl does not read charts back, so the charts come from the zip itself:
every xl/charts/chart*.xml with its chart kind and, per series, the formulas of its name, categories and
values (c:ser/c:tx, c:cat, c:val). "zip_ok" is the zip's own CRC check.
"""
import datetime
import json
import sys
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def formula(elem, path):
    found = elem.find(path)
    return found.text if found is not None else None


def charts(z):
    out = []
    for name in sorted(n for n in z.namelist() if n.startswith("xl/charts/chart") and n.endswith(".xml")):
        root = ET.fromstring(z.read(name))
        plot = root.find(f"{C}chart/{C}plotArea")
        for kind in plot:
            tag = kind.tag.replace(C, "")
            if not tag.endswith("Chart"):
                continue
            bar_dir = kind.find(f"{C}barDir")
            series = []
            for ser in kind.findall(f"{C}ser"):
                series.append({
                    "name": formula(ser, f"{C}tx/{C}strRef/{C}f"),
                    "cat": formula(ser, f"{C}cat/{C}strRef/{C}f") or formula(ser, f"{C}cat/{C}numRef/{C}f"),
                    "val": formula(ser, f"{C}val/{C}numRef/{C}f"),
                })
            title = root.find(f"{C}chart/{C}title")
            title_text = "".join(t.text or "" for t in title.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}t")) if title is not None else ""
            out.append({"file": name, "kind": tag,
                        "bar_dir": bar_dir.get("val") if bar_dir is not None else None,
                        "title": title_text, "series": series})
    return out


def value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.strftime("%Y-%m-%d")
    return v


def main():
    path = sys.argv[1]
    with zipfile.ZipFile(path) as z:
        zip_ok = z.testzip() is None
        chart_list = charts(z)
        names = z.namelist()
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                cells[cell.coordinate] = {"type": cell.data_type, "value": value(cell.value),
                                          "format": cell.number_format, "bold": bool(cell.font and cell.font.b)}
        widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
        sheets.append({"name": ws.title, "freeze": ws.freeze_panes, "widths": widths, "cells": cells,
                       "max_row": ws.max_row})
    print(json.dumps({"zip_ok": zip_ok, "files": names, "sheets": sheets, "charts": chart_list,
                      "title": wb.properties.title}, ensure_ascii=False))


if __name__ == "__main__":
    main()
