/**
 * A bucket's roll rate as the Loss Allowance sheet and the JSON give it: a bucket with nothing that
 * rolled or was paid (basis 0) has the rate 0, and the pane says why beside it rather than a dash.
 */
import type { Translate } from "../../i18n/translate";

export function rollRateText(
  rate: number | null | undefined,
  basis: number,
  percent: (share: number) => string,
  t: Translate
): string {
  if (basis === 0 || rate === null || rate === undefined)
    return t("trends.rollRateNoBasis", { rate: percent(0) });
  return percent(rate);
}
