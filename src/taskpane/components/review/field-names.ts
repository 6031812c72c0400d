/** An input field's name in the pane's language (the mapping form asks about fields by name). */
import { FACTOR_KEYS, type FactorKey } from "../../../engine/types";
import type { SheetRole } from "../../../workbook/fields";
import type { Translate } from "../../i18n/translate";
import type { MessageKey } from "../../i18n/messages";

const FIELD_KEYS: Record<string, MessageKey> = {
  id: "field.id",
  name: "field.name",
  customerId: "field.customerId",
  invoiceNo: "field.invoiceNo",
  invoiceDate: "field.invoiceDate",
  dueDate: "field.dueDate",
  termsDays: "field.termsDays",
  amount: "field.amount",
  paidAmount: "field.paidAmount",
  openAmount: "field.openAmount",
  paidDate: "field.paidDate",
  currency: "field.currency",
  orderDate: "field.orderDate",
  shipped: "field.shipped",
  currentAssets: "field.currentAssets",
  inventory: "field.inventory",
  currentLiabilities: "field.currentLiabilities",
  totalAssets: "field.totalAssets",
  totalLiabilities: "field.totalLiabilities",
  equity: "field.equity",
  sales: "field.sales",
  netProfit: "field.netProfit",
  interestCharges: "field.interestCharges",
  receivablesBalance: "field.receivablesBalance",
  fixedAssets: "field.fixedAssets",
  yearsInBusiness: "field.yearsInBusiness",
  unshippedOrders: "field.unshippedOrders",
  badPayments3m: "field.badPayments3m",
  isNewCustomer: "field.isNewCustomer",
  manualStatus: "field.manualStatus",
  longStanding: "field.longStanding",
};

export const FACTOR_NAME_KEYS: Record<FactorKey, MessageKey> = {
  paymentRecord: "factor.paymentRecord",
  bankCredit: "factor.bankCredit",
  profitability: "factor.profitability",
  solvency: "factor.solvency",
  operatingCapacity: "factor.operatingCapacity",
  capitalSize: "factor.capitalSize",
  firstImpression: "factor.firstImpression",
  history: "factor.history",
  organisation: "factor.organisation",
  operatingStatus: "factor.operatingStatus",
  productMarket: "factor.productMarket",
  prospects: "factor.prospects",
  dealMargin: "factor.dealMargin",
  productRequirements: "factor.productRequirements",
  marketAppeal: "factor.marketAppeal",
  competitiveness: "factor.competitiveness",
  guarantee: "factor.guarantee",
  substitutability: "factor.substitutability",
};

function isFactorKey(field: string): field is FactorKey {
  return (FACTOR_KEYS as readonly string[]).includes(field);
}

/** The field's words; a field the pane has no words for is shown by its key. */
export function fieldName(role: SheetRole, field: string, t: Translate): string {
  if (isFactorKey(field)) return t(FACTOR_NAME_KEYS[field]);
  const key = FIELD_KEYS[field];
  return key ? t(key) : `${role}.${field}`;
}
