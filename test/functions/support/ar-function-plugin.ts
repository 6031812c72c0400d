/**
 * Test-only bridge that runs the AR.* implementations as formulas inside HyperFormula (GPL-3.0:
 * never imported from src/). It adapts HyperFormula's arguments the way Excel hands them to a
 * custom function: ranges become rows of cells, empty cells null, omitted arguments undefined,
 * and an error value in any argument is the result (Excel does not call the function then).
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  type FunctionArgument,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  SimpleRangeValue,
} from "hyperformula";
import type { CellInput, RangeInput } from "../../../src/functions/arguments";
import {
  FAILURE_CODES,
  type FailureCode,
  type Outcome,
  isFailure,
} from "../../../src/functions/failure";
import * as ar from "../../../src/functions/implementations";
import { lossRate } from "../../../src/functions/loss-rate";
import { functionFailureMessage } from "../../../src/i18n/function-messages";
import type { SerialDate } from "../../../src/engine/types";
import type { DateSystem } from "../../../src/functions/date-system";

type Argument = CellInput | RangeInput;

const REQUIRED_SCALAR: FunctionArgument = { argumentType: FunctionArgumentType.ANY };
const OPTIONAL_SCALAR: FunctionArgument = {
  argumentType: FunctionArgumentType.ANY,
  optionalArg: true,
};
const REQUIRED_RANGE: FunctionArgument = { argumentType: FunctionArgumentType.ANY };
const OPTIONAL_RANGE: FunctionArgument = {
  argumentType: FunctionArgumentType.ANY,
  optionalArg: true,
};

const ERROR_TYPES: Record<FailureCode, ErrorType> = {
  [FAILURE_CODES.invalidValue]: ErrorType.VALUE,
  [FAILURE_CODES.invalidNumber]: ErrorType.NUM,
  [FAILURE_CODES.notAvailable]: ErrorType.NA,
};

/**
 * What the Excel entry reads beside the arguments: the workbook's date system and the user's
 * calendar day (1900 system). Tests may change either between builds of a sheet.
 */
export interface HarnessClock {
  system: DateSystem;
  today: () => SerialDate;
}

interface ArFunction {
  method: string;
  parameters: FunctionArgument[];
  /** Recalculated on every change, as Excel does with the functions.json `volatile` option. */
  volatile?: true;
  run: (args: Argument[], clock: HarnessClock) => Outcome<number | string>;
}

/** Every AR.* function: HyperFormula's signature and the call of its implementation. */
export const AR_FUNCTIONS: Record<string, ArFunction> = {
  "AR.CREDITSCORE": {
    method: "creditScore",
    parameters: [REQUIRED_RANGE, OPTIONAL_RANGE, OPTIONAL_SCALAR],
    run: ([ratings, weights, ratingMax]) =>
      ar.creditScore(ratings, weights, ratingMax as CellInput),
  },
  "AR.CREDITGRADE": {
    method: "creditGrade",
    parameters: [REQUIRED_SCALAR],
    run: ([score]) => ar.creditGrade(score as CellInput),
  },
  "AR.PAYMENTTERMS": {
    method: "paymentTerms",
    parameters: [REQUIRED_SCALAR],
    run: ([score]) => ar.paymentTerms(score as CellInput),
  },
  "AR.CREDITLIMIT": {
    method: "creditLimit",
    parameters: [REQUIRED_SCALAR, REQUIRED_SCALAR, OPTIONAL_SCALAR],
    run: ([score, orders, isNew]) =>
      ar.creditLimit(score as CellInput, orders as CellInput, isNew as CellInput),
  },
  "AR.WCLIMIT": {
    method: "workingCapitalLimit",
    parameters: [
      REQUIRED_SCALAR,
      REQUIRED_SCALAR,
      REQUIRED_SCALAR,
      REQUIRED_SCALAR,
      REQUIRED_SCALAR,
    ],
    run: (args) => {
      const [ca, inventory, cl, tl, equity] = args as CellInput[];
      return ar.workingCapitalLimitOf(ca, inventory, cl, tl, equity);
    },
  },
  "AR.APPROVALLEVEL": {
    method: "approvalLevel",
    parameters: [REQUIRED_SCALAR],
    run: ([limit]) => ar.approvalLevelOf(limit as CellInput),
  },
  "AR.DAYSOVERDUE": {
    method: "daysOverdue",
    parameters: [REQUIRED_SCALAR, REQUIRED_SCALAR],
    run: ([due, asOf], clock) =>
      ar.daysOverdueOf(due as CellInput, asOf as CellInput, clock.system),
  },
  "AR.DAYSOVERDUETODAY": {
    method: "daysOverdueToday",
    parameters: [REQUIRED_SCALAR],
    volatile: true,
    run: ([due], clock) => ar.daysOverdueTodayOf(due as CellInput, clock.system, clock.today()),
  },
  "AR.AGINGBUCKET": {
    method: "agingBucket",
    parameters: [REQUIRED_SCALAR, REQUIRED_SCALAR, OPTIONAL_RANGE, OPTIONAL_SCALAR],
    run: ([due, asOf, edges, language], clock) =>
      ar.agingBucket(
        due as CellInput,
        asOf as CellInput,
        edges,
        language as CellInput,
        clock.system
      ),
  },
  "AR.AGINGBUCKETTODAY": {
    method: "agingBucketToday",
    parameters: [REQUIRED_SCALAR, OPTIONAL_RANGE, OPTIONAL_SCALAR],
    volatile: true,
    run: ([due, edges, language], clock) =>
      ar.agingBucketToday(
        due as CellInput,
        edges,
        language as CellInput,
        clock.system,
        clock.today()
      ),
  },
  "AR.COLLECTIONACTION": {
    method: "collectionAction",
    parameters: [REQUIRED_SCALAR, OPTIONAL_SCALAR],
    run: ([days, language]) => ar.collectionAction(days as CellInput, language as CellInput),
  },
  "AR.DEBTCLASS": {
    method: "debtClass",
    parameters: [REQUIRED_SCALAR, OPTIONAL_SCALAR],
    run: ([days, language]) => ar.debtClass(days as CellInput, language as CellInput),
  },
  "AR.ORDERCHECK": {
    method: "orderCheck",
    parameters: [
      REQUIRED_SCALAR,
      REQUIRED_SCALAR,
      REQUIRED_SCALAR,
      OPTIONAL_SCALAR,
      OPTIONAL_SCALAR,
    ],
    run: (args) => {
      const [limit, exposure, order, maxDays, language] = args as CellInput[];
      return ar.orderCheckOf(limit, exposure, order, maxDays, language);
    },
  },
  "AR.LOSSRATE": {
    method: "lossRate",
    parameters: [REQUIRED_SCALAR, OPTIONAL_RANGE, OPTIONAL_SCALAR, OPTIONAL_SCALAR],
    run: ([bucket, rollRates, floor, adjustment]) =>
      lossRate(bucket as CellInput, rollRates, floor as CellInput, adjustment as CellInput),
  },
};

/** A number HyperFormula carries with a format (dates, currency, percent). */
function isRichNumber(value: unknown): value is { val: number } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { val?: unknown }).val === "number"
  );
}

function toCell(value: unknown): CellInput | CellError {
  if (value === undefined) return undefined;
  if (value === EmptyValue) return null;
  if (value instanceof CellError) return value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (isRichNumber(value)) return value.val;
  throw new TypeError(`Unexpected HyperFormula argument: ${String(value)}`);
}

function toArgument(value: unknown): Argument | CellError {
  if (!(value instanceof SimpleRangeValue)) return toCell(value);
  const rows: RangeInput = [];
  for (const row of value.data) {
    const cells: CellInput[] = [];
    for (const raw of row) {
      const cell = toCell(raw);
      if (cell instanceof CellError) return cell;
      cells.push(cell);
    }
    rows.push(cells);
  }
  return rows;
}

function toHyperFormula(outcome: Outcome<number | string>): number | string | CellError {
  return isFailure(outcome)
    ? new CellError(
        ERROR_TYPES[outcome.code],
        functionFailureMessage(outcome.reason, outcome.params, "en-US")
      )
    : outcome;
}

/** The HyperFormula plugin of the AR.* functions; `clock` stands in for what Excel gives. */
export function arFunctionPlugin(clock: HarnessClock): FunctionPluginDefinition {
  class ArFunctionPlugin extends FunctionPlugin {
    static override implementedFunctions = Object.fromEntries(
      Object.entries(AR_FUNCTIONS).map(([name, fn]) => [
        name,
        { method: fn.method, parameters: fn.parameters, isVolatile: fn.volatile ?? false },
      ])
    );

    private evaluate(name: string, ast: Invocation, state: State) {
      return this.runFunction(ast.args, state, this.metadata(name), (...raw: unknown[]) => {
        const args: Argument[] = [];
        for (const value of raw) {
          const argument = toArgument(value);
          if (argument instanceof CellError) return argument;
          args.push(argument);
        }
        return toHyperFormula(AR_FUNCTIONS[name].run(args, clock));
      });
    }

    creditScore(ast: Invocation, state: State) {
      return this.evaluate("AR.CREDITSCORE", ast, state);
    }
    creditGrade(ast: Invocation, state: State) {
      return this.evaluate("AR.CREDITGRADE", ast, state);
    }
    paymentTerms(ast: Invocation, state: State) {
      return this.evaluate("AR.PAYMENTTERMS", ast, state);
    }
    creditLimit(ast: Invocation, state: State) {
      return this.evaluate("AR.CREDITLIMIT", ast, state);
    }
    workingCapitalLimit(ast: Invocation, state: State) {
      return this.evaluate("AR.WCLIMIT", ast, state);
    }
    approvalLevel(ast: Invocation, state: State) {
      return this.evaluate("AR.APPROVALLEVEL", ast, state);
    }
    daysOverdue(ast: Invocation, state: State) {
      return this.evaluate("AR.DAYSOVERDUE", ast, state);
    }
    daysOverdueToday(ast: Invocation, state: State) {
      return this.evaluate("AR.DAYSOVERDUETODAY", ast, state);
    }
    agingBucket(ast: Invocation, state: State) {
      return this.evaluate("AR.AGINGBUCKET", ast, state);
    }
    agingBucketToday(ast: Invocation, state: State) {
      return this.evaluate("AR.AGINGBUCKETTODAY", ast, state);
    }
    collectionAction(ast: Invocation, state: State) {
      return this.evaluate("AR.COLLECTIONACTION", ast, state);
    }
    debtClass(ast: Invocation, state: State) {
      return this.evaluate("AR.DEBTCLASS", ast, state);
    }
    orderCheck(ast: Invocation, state: State) {
      return this.evaluate("AR.ORDERCHECK", ast, state);
    }
    lossRate(ast: Invocation, state: State) {
      return this.evaluate("AR.LOSSRATE", ast, state);
    }
  }
  type Invocation = { args: Parameters<ArFunctionPlugin["runFunction"]>[0] };
  type State = Parameters<ArFunctionPlugin["runFunction"]>[1];
  return ArFunctionPlugin;
}

/** The names under which formulas call the functions (HyperFormula needs a translation). */
export const AR_TRANSLATIONS = {
  enGB: Object.fromEntries(Object.keys(AR_FUNCTIONS).map((name) => [name, name])),
};
