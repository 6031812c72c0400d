/**
 * The input fields the add-in recognises on each sheet, as stable keys. Header texts for them
 * (English, Simplified and Traditional Chinese synonyms) come from `src/i18n/headers.ts` and are
 * passed in by the caller, because this folder imports nothing but the engine.
 */
import { FACTOR_KEYS } from "../engine/types";

export const CUSTOMER_FIELDS = [
  "id",
  "name",
  ...FACTOR_KEYS,
  "currentAssets",
  "inventory",
  "currentLiabilities",
  "totalAssets",
  "totalLiabilities",
  "equity",
  "sales",
  "netProfit",
  "interestCharges",
  "receivablesBalance",
  "fixedAssets",
  "yearsInBusiness",
  "unshippedOrders",
  "badPayments3m",
  "isNewCustomer",
  "manualStatus",
  "longStanding",
  "contactPerson",
  "contactEmail",
  "contactPhone",
  "contactAddress",
  "letterLanguage",
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

export const RECEIVABLE_FIELDS = [
  "customerId",
  "invoiceNo",
  "invoiceDate",
  "dueDate",
  "termsDays",
  "amount",
  "paidAmount",
  "openAmount",
  "paidDate",
  "currency",
  "disputed",
  "disputeReason",
  "promisedDate",
] as const;
export type ReceivableField = (typeof RECEIVABLE_FIELDS)[number];

export const ORDER_FIELDS = ["customerId", "orderDate", "amount", "shipped"] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/** Columns of the optional Collection Log sheet (read apart from the three sheet roles). */
export const COLLECTION_LOG_FIELDS = [
  "date",
  "customerId",
  "invoiceNo",
  "action",
  "person",
  "promisedDate",
  "promisedAmount",
  "disputed",
  "disputeReason",
  "notes",
] as const;
export type CollectionLogField = (typeof COLLECTION_LOG_FIELDS)[number];

export type SheetRole = "customers" | "receivables" | "orders";

/** Header synonyms per field, every language merged (matching ignores case and spaces). */
export interface HeaderSynonyms {
  customers: Record<CustomerField, string[]>;
  receivables: Record<ReceivableField, string[]>;
  orders: Record<OrderField, string[]>;
  /** Sheet-name synonyms per role ("Customers", "客户", "客戶", ...). */
  sheetNames: Record<SheetRole, string[]>;
  collectionLog: Record<CollectionLogField, string[]>;
  collectionLogSheetNames: string[];
}
