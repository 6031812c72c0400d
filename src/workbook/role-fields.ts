/**
 * The fields of each sheet role and which of them a sheet cannot do without. A missing required
 * column stops that sheet (and asks the user); a missing optional one just leaves the value out.
 */
import type {
  CustomerField,
  HeaderSynonyms,
  OrderField,
  ReceivableField,
  SheetRole,
} from "./fields";
import { CUSTOMER_FIELDS, ORDER_FIELDS, RECEIVABLE_FIELDS } from "./fields";

export interface RoleFieldMap {
  customers: CustomerField;
  receivables: ReceivableField;
  orders: OrderField;
}

export const ROLE_FIELDS: { [R in SheetRole]: readonly RoleFieldMap[R][] } = {
  customers: CUSTOMER_FIELDS,
  receivables: RECEIVABLE_FIELDS,
  orders: ORDER_FIELDS,
};

/**
 * Orders need "shipped": without it every order would count as unshipped exposure (or none
 * would), so the column is asked for rather than assumed.
 */
export const REQUIRED_FIELDS: { [R in SheetRole]: readonly RoleFieldMap[R][] } = {
  customers: ["id", "name"],
  receivables: ["customerId", "invoiceNo", "invoiceDate", "amount"],
  orders: ["customerId", "orderDate", "amount", "shipped"],
};

export const SHEET_ROLES: readonly SheetRole[] = ["customers", "receivables", "orders"];

/** The synonyms of one role's fields, as a plain record of string lists. */
export function roleSynonyms(synonyms: HeaderSynonyms, role: SheetRole): Record<string, string[]> {
  return synonyms[role] as Record<string, string[]>;
}
