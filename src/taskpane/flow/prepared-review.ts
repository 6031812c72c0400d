/** A review computed and planned but not yet written: what the Preview shows and Apply writes. */
import type { ReadyReview } from "../../workbook/prepare-review";

export type PreparedReview = ReadyReview;
