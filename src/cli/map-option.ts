/**
 * `--map field=Header`, repeatable: a field is read from the column under that header. The field
 * is a key of `src/workbook/fields.ts`; a key two sheets share (`amount`, `customerId` on
 * receivables and orders) must name its sheet (`receivables.amount=Total`), because reading it on
 * the wrong sheet would give a wrong number without a word.
 *
 * Pure: returns the choices, or the first mistake as an argument-error code with what to say.
 */
import type { SheetRole } from "../workbook/fields";
import { ROLE_FIELDS, SHEET_ROLES } from "../workbook/role-fields";
import type { ColumnChoiceLayer } from "./column-choice";
import { echoedText } from "./echoed-text";

export type MapOptionErrorCode =
  "MAP_MALFORMED" | "MAP_UNKNOWN_FIELD" | "MAP_TWO_ROLES" | "MAP_TWICE";

export interface MapOptionError {
  code: MapOptionErrorCode;
  /** `detail` is the option's value as typed; `field` the field it names; `choices` the qualified forms. */
  params: { detail: string; field: string; choices: string };
}

export type MapOptionResult =
  { ok: true; choices: ColumnChoiceLayer } | ({ ok: false } & MapOptionError);

/** The roles whose fields include `field`, in the order of SHEET_ROLES. */
export function rolesOfField(field: string): SheetRole[] {
  return SHEET_ROLES.filter((role) => (ROLE_FIELDS[role] as readonly string[]).includes(field));
}

function isRole(text: string): text is SheetRole {
  return (SHEET_ROLES as readonly string[]).includes(text);
}

/** The role a typed field names (`role.field` or a field of one role only), or why it names none. */
function fieldTarget(
  typed: string,
  header: string
):
  | { role: SheetRole; field: string }
  | { code: MapOptionErrorCode; field: string; choices: string } {
  const dot = typed.indexOf(".");
  const prefix = dot < 0 ? "" : typed.slice(0, dot);
  if (dot >= 0 && isRole(prefix)) {
    const field = typed.slice(dot + 1);
    return rolesOfField(field).includes(prefix)
      ? { role: prefix, field }
      : { code: "MAP_UNKNOWN_FIELD", field: typed, choices: "" };
  }
  const roles = rolesOfField(typed);
  if (roles.length === 1) return { role: roles[0], field: typed };
  if (roles.length === 0) return { code: "MAP_UNKNOWN_FIELD", field: typed, choices: "" };
  const choices = roles
    .map((role) => `--map ${role}.${echoedText(typed)}=${echoedText(header)}`)
    .join(" / ");
  return { code: "MAP_TWO_ROLES", field: typed, choices };
}

/** Reads every `--map` value; the first malformed, unknown, ambiguous or repeated one is the error. */
export function parseMapOptions(values: readonly string[]): MapOptionResult {
  const choices: ColumnChoiceLayer = {};
  for (const detail of values) {
    const equals = detail.indexOf("=");
    const typed = equals < 0 ? "" : detail.slice(0, equals).trim();
    const header = equals < 0 ? "" : detail.slice(equals + 1).trim();
    if (typed === "" || header === "")
      return {
        ok: false,
        code: "MAP_MALFORMED",
        params: { detail: echoedText(detail), field: "", choices: "" },
      };
    const target = fieldTarget(typed, header);
    if ("code" in target)
      return {
        ok: false,
        code: target.code,
        params: {
          detail: echoedText(detail),
          field: echoedText(target.field),
          choices: target.choices,
        },
      };
    const role = (choices[target.role] ??= {});
    if (role[target.field] !== undefined)
      return {
        ok: false,
        code: "MAP_TWICE",
        params: {
          detail: echoedText(detail),
          field: `${target.role}.${target.field}`,
          choices: "",
        },
      };
    role[target.field] = { header };
  }
  return { ok: true, choices };
}
