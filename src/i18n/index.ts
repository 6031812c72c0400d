/** Public API of the language layer: locales, workbook words, header synonyms, UI strings, formatting. */
export {
  SUPPORTED_LOCALES,
  PSEUDO_LOCALE,
  FALLBACK_LOCALE,
  resolveLocale,
  isSupportedLocale,
  baseLocale,
  type SupportedLocale,
  type PseudoLocale,
  type DisplayLocale,
} from "./locales";
export { pseudoLocalize, pseudoSheetName, accentLetters } from "./pseudo";
export { interpolate, placeholdersOf, type InterpolationParams } from "./interpolate";
export { outputLabels, allOutputHeaders, type ReasonRules } from "./output-labels";
export type { OutputLabelsShape, OutputLabelTexts } from "./output-labels-shape";
export { headerSynonyms, type HeaderSynonymsShape } from "./headers";
export {
  createTranslator,
  catalogProblems,
  type Catalog,
  type Catalogs,
  type Translator,
  type CatalogProblem,
  type CatalogProblemKind,
} from "./translate";
export { catalogs, type MessageKey } from "./messages";
export { CLI_CATALOGS, cliTranslator, usageText, type CliMessageKey } from "./cli-messages";
export {
  formatMoney,
  formatNumber,
  formatPercent,
  formatDays,
  formatDate,
  minorToDecimalString,
  utcDateFromSerial,
  MINOR_NOT_INTEGER,
  MINOR_PER_UNIT_INVALID,
  DATE_INVALID,
  SERIAL_INVALID,
  type DateStyle,
} from "./format";
export {
  problemMessage,
  problemTemplateKey,
  problemCatalog,
  PROBLEM_TEMPLATE_KEYS,
  PROBLEM_PARAM,
  type ProblemLike,
  type ProblemParams,
  type ProblemTexts,
  type ProblemTemplateKey,
  type ProblemConsequence,
  type ProblemRole,
} from "./problem-messages";
