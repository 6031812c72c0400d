/** The credit engine's public API: pure functions over the domain types, no I/O, no clock. */
export * from "./types";
export * from "./policy";
export * from "./dates";
export * from "./errors";
export { interpolate } from "./curve";
export { weightedScore, scoreCustomer, isRatingInRange, type WeightedScore } from "./score";
export { gradeForScore, needsGmSignOff } from "./grade";
export {
  limitBandFor,
  limitBandIndex,
  reducedBandFor,
  limitBase,
  orderBasedLimit,
  limitFromBand,
  floorToRoundingUnit,
  termsForScore,
} from "./limit";
export {
  workingCapitalLimit,
  workingAssetsOf,
  evaluationValue,
  workingCapitalRate,
  type BalanceSheet,
  type WorkingCapitalLimit,
} from "./working-capital";
export { approvalLevel } from "./approval";
export { daysOverdue, bucketLabels, agingBucketIndex, NOT_DUE_LABEL } from "./aging";
export { collectionActionFor } from "./collection";
export { debtClassFor } from "./debt-class";
export { orderCheck } from "./order-check";
export { validatePolicy, WEIGHT_TOTAL, type PolicyValidation } from "./policy-validation";
export { review } from "./review";
export { dueDateOf } from "./due-date";
export {
  deriveRatings,
  paymentRecordRating,
  solvencyRating,
  operatingCapacityRating,
  profitabilityRating,
  ratioOf,
  type PaymentHistory,
} from "./derived-ratings";
export { warningsFor } from "./warnings";
export {
  adjustmentFor,
  inactivityCutoffs,
  type Adjustment,
  type AdjustmentFacts,
  type InactivityCutoffs,
} from "./adjustments";
export {
  sharesBefore,
  abcClassFor,
  isCoreCustomer,
  simpleDso,
  countbackDso,
  monthStartOf,
  type AbcClass,
} from "./portfolio";
export { DEFAULT_SHEETS, PROBLEM_CODES, type ProblemCode } from "./problems";
export { extensionTreatment, type ExtensionTreatment } from "./extension";
