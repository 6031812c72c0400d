/**
 * The plain numbers of the policy sections the form lists field by field, in the order it shows
 * them: the form draws its fields from these lists, and knows its field paths from them.
 */
import type { Policy } from "../../../engine/policy";
import type { MessageKey } from "../../i18n/messages";

type NumberFields<Key> = readonly (readonly [Key, MessageKey])[];

/** The limit's plain numbers (the bands have their own editor). */
export const LIMIT_NUMBER_FIELDS: NumberFields<Exclude<keyof Policy["limit"], "bands">> = [
  ["newCustomerBase", "policy.newCustomerBase"],
  ["newCustomerMinOrders", "policy.newCustomerMinOrders"],
  ["baseWindowMonths", "policy.baseWindowMonths"],
  ["roundingUnit", "policy.roundingUnit"],
];

/** When a limit is reduced or suspended (CREDIT-POLICY §6). */
export const ADJUSTMENT_FIELDS: NumberFields<keyof Policy["adjustments"]> = [
  ["reduceOverdueDays", "policy.reduceOverdueDays"],
  ["suspendOverdueDays", "policy.suspendOverdueDays"],
  ["reduceBadPayments", "policy.reduceBadPayments"],
  ["suspendBadPayments", "policy.suspendBadPayments"],
  ["reduceInactiveMonths", "policy.reduceInactiveMonths"],
  ["suspendInactiveMonths", "policy.suspendInactiveMonths"],
  ["reduceBandSteps", "policy.reduceBandSteps"],
];

/** The portfolio's shares, edited as percentages. */
export const SHARE_FIELDS: NumberFields<keyof Policy["portfolio"]> = [
  ["abcAShare", "policy.abcAShare"],
  ["abcBShare", "policy.abcBShare"],
  ["coreShare", "policy.coreShare"],
];
