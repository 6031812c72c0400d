/** Warning signs that are flagged but do not change the score (CREDIT-POLICY.md §1). */
import { ratioOf } from "./derived-ratings";
import type { Policy } from "./policy";
import type { Customer, WarningCode } from "./types";

/** Each sign is checked only when its figures are present; ratios to total assets need it > 0. */
export function warningsFor(customer: Customer, policy: Policy): WarningCode[] {
  const f = customer.financials;
  const limits = policy.warnings;
  const warnings: WarningCode[] = [];
  const chargesToSales = ratioOf(f.interestCharges, f.sales);
  if (
    chargesToSales !== null &&
    f.sales !== undefined &&
    f.sales > 0 &&
    chargesToSales > limits.financeChargesToSales
  ) {
    warnings.push("HIGH_FINANCE_CHARGES");
  }
  if (
    customer.yearsInBusiness !== undefined &&
    customer.yearsInBusiness < limits.minYearsInBusiness
  ) {
    warnings.push("YOUNG_COMPANY");
  }
  if (f.totalAssets !== undefined && f.totalAssets > 0) {
    const assets = f.totalAssets;
    const receivables = ratioOf(f.receivables, assets);
    if (receivables !== null && receivables > limits.receivablesToAssets)
      warnings.push("HIGH_RECEIVABLES");
    const inventory = ratioOf(f.inventory, assets);
    if (inventory !== null && inventory > limits.inventoryToAssets) warnings.push("HIGH_INVENTORY");
    const fixedAssets = ratioOf(f.fixedAssets, assets);
    if (fixedAssets !== null && fixedAssets > limits.fixedAssetsToAssets)
      warnings.push("HIGH_FIXED_ASSETS");
    const equity = ratioOf(f.equity, assets);
    if (equity !== null && equity < limits.minEquityToAssets) warnings.push("THIN_EQUITY");
  }
  return warnings;
}
