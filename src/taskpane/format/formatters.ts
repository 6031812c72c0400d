/**
 * Numbers, money, shares, days and dates in the pane's language, through the shared i18n
 * helpers (Intl). Money arrives in integer minor units and is converted only for display.
 */
import {
  formatDate,
  formatDays,
  formatMoney,
  formatNumber,
  formatPercent,
} from "../../i18n/format";
import type { Minor, SerialDate } from "../../engine/types";
import type { PaneLocale } from "../i18n/pane-locale";

export interface Formatters {
  money(minor: Minor): string;
  /** Fixed decimals (1 unless given): scores, ratings, points. */
  number(value: number, fractionDigits?: number): string;
  /** A share 0..1 as a percentage. */
  percent(share: number, maxFractionDigits?: number): string;
  date(serial: SerialDate): string;
  days(days: number): string;
  integer(value: number): string;
}

export function createFormatters(locale: PaneLocale, minorPerUnit: number): Formatters {
  return {
    money: (minor) => formatMoney(minor, minorPerUnit, locale),
    number: (value, fractionDigits = 1) => formatNumber(value, locale, fractionDigits),
    percent: (share, maxFractionDigits = 1) => formatPercent(share, locale, maxFractionDigits),
    date: (serial) => formatDate(serial, locale),
    days: (days) => formatDays(days, locale),
    integer: (value) => formatNumber(value, locale, 0),
  };
}
