/**
 * The rules behind the command line's column choices, without a workbook: how `--map` values are
 * read, how a `--mapping` file is checked, and which source wins for a field.
 */
import fc from "fast-check";
import type { ColumnChoiceLayer, ColumnChoiceSource } from "../../src/cli/column-choice";
import { combineColumnChoices, savedLayer } from "../../src/cli/column-choices";
import { parseMapOptions, rolesOfField } from "../../src/cli/map-option";
import { parseMappingFile } from "../../src/cli/mapping-file";
import { ROLE_FIELDS, SHEET_ROLES } from "../../src/workbook/role-fields";

describe("--map field=Header", () => {
  test("a field of one sheet needs no sheet; the header keeps its inner spaces and '='", () => {
    expect(parseMapOptions(["id=Cust No", "invoiceNo = Doc = No "])).toEqual({
      ok: true,
      choices: {
        customers: { id: { header: "Cust No" } },
        receivables: { invoiceNo: { header: "Doc = No" } },
      },
    });
  });

  test("amount and customerId are fields of receivables and orders: only role.field is taken", () => {
    expect(rolesOfField("amount")).toEqual(["receivables", "orders"]);
    expect(rolesOfField("customerId")).toEqual(["receivables", "orders"]);
    expect(parseMapOptions(["orders.amount=Total"])).toEqual({
      ok: true,
      choices: { orders: { amount: { header: "Total" } } },
    });
    expect(parseMapOptions(["customerId=Client"])).toEqual({
      ok: false,
      code: "MAP_TWO_ROLES",
      params: {
        detail: "customerId=Client",
        field: "customerId",
        choices: "--map receivables.customerId=Client / --map orders.customerId=Client",
      },
    });
  });

  test("a field named on the wrong sheet is unknown there", () => {
    expect(parseMapOptions(["orders.dueDate=Due"])).toMatchObject({
      ok: false,
      code: "MAP_UNKNOWN_FIELD",
      params: { field: "orders.dueDate" },
    });
  });

  test("no field key of any role is refused as a field of none, and each lands on its roles", () => {
    for (const role of SHEET_ROLES) {
      for (const field of ROLE_FIELDS[role]) {
        const parsed = parseMapOptions([`${role}.${field}=H`]);
        expect(parsed).toEqual({ ok: true, choices: { [role]: { [field]: { header: "H" } } } });
      }
    }
  });

  test("any text without a field before '=' or a header after it is malformed", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const withoutEquals = text.replace(/=/g, "");
        const parsed = parseMapOptions([withoutEquals]);
        expect(parsed).toMatchObject({ ok: false, code: "MAP_MALFORMED" });
        expect(parseMapOptions([`id=${" ".repeat(text.length % 3)}`])).toMatchObject({
          ok: false,
          code: "MAP_MALFORMED",
        });
      })
    );
  });
});

describe("a --mapping file", () => {
  test("the pane's saved shape (column numbers) and header texts are both read", () => {
    expect(
      parseMappingFile({ customers: { id: 2, name: "Client" }, orders: { shipped: "Sent?" } })
    ).toEqual({
      ok: true,
      choices: {
        customers: { id: { column: 2 }, name: { header: "Client" } },
        orders: { shipped: { header: "Sent?" } },
      },
    });
  });

  test("columns 1 and 16384 are Excel's first and last; 16385 is not a column", () => {
    expect(parseMappingFile({ customers: { id: 1, name: 16384 } }).ok).toBe(true);
    expect(parseMappingFile({ customers: { id: 16385 } })).toMatchObject({
      ok: false,
      key: "mapping.badValue",
      params: { entry: "customers.id", value: "16385" },
    });
  });

  test("a prototype key is an unknown field, never a property set on the result", () => {
    const parsed = parseMappingFile(JSON.parse('{"customers": {"__proto__": 3}}'));
    expect(parsed).toMatchObject({ ok: false, key: "mapping.unknownField" });
  });

  test("a long bad value is quoted short", () => {
    const parsed = parseMappingFile({ customers: { id: "x".repeat(300) } });
    expect(parsed).toMatchObject({ ok: false, key: "mapping.badValue" });
    if (!parsed.ok) expect(parsed.params.value).toBe(`"${"x".repeat(39)}…`);
  });
});

describe("precedence", () => {
  const layers = (map: ColumnChoiceLayer, file: ColumnChoiceLayer, saved: ColumnChoiceLayer) => [
    { source: "--map" as const, choices: map },
    { source: "--mapping" as const, choices: file },
    { source: "saved" as const, choices: saved },
  ];

  test("worked example: id from --map, name from the file, invoiceNo saved as column 4", () => {
    const combined = combineColumnChoices(
      layers(
        { customers: { id: { header: "Ref A" } } },
        { customers: { id: { column: 2 }, name: { header: "Client" } } },
        savedLayer({ customers: { id: 3, name: 5 }, receivables: { invoiceNo: 4 } })
      )
    );
    expect(combined.mapping).toEqual({
      customers: { headers: { id: "Ref A", name: "Client" } },
      receivables: { columns: { invoiceNo: 4 } },
    });
    expect(combined.chosen.map((c) => `${c.role}.${c.field} ${c.source}`)).toEqual([
      "customers.id --map",
      "customers.name --mapping",
      "receivables.invoiceNo saved",
    ]);
  });

  const pick = fc.oneof(
    fc.record({ header: fc.string({ minLength: 1, maxLength: 5 }) }),
    fc.record({ column: fc.integer({ min: 1, max: 16384 }) })
  );
  const layer = fc
    .dictionary(fc.constantFrom("id", "name", "sales"), pick)
    .map((customers): ColumnChoiceLayer => ({ customers }));

  test("each field takes its pick from the strongest source naming it, and from nowhere else", () => {
    fc.assert(
      fc.property(layer, layer, layer, (map, file, saved) => {
        const all = layers(map, file, saved);
        const { mapping, chosen } = combineColumnChoices(all);
        for (const field of ["id", "name", "sales"]) {
          const winner = all.find((l) => l.choices.customers?.[field] !== undefined);
          const headers = mapping.customers?.headers as Record<string, string> | undefined;
          const columns = mapping.customers?.columns as Record<string, number> | undefined;
          const expected = winner?.choices.customers?.[field];
          const got =
            headers?.[field] !== undefined
              ? { header: headers[field] }
              : columns?.[field] !== undefined
                ? { column: columns[field] }
                : undefined;
          expect(got).toEqual(expected);
          const source: ColumnChoiceSource | undefined = chosen.find(
            (c) => c.field === field
          )?.source;
          expect(source).toBe(winner?.source);
        }
      })
    );
  });
});
