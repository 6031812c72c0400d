/**
 * The shipped dist/functions.js, loaded as Excel's shared runtime would: the webpack runtime and
 * the functions bundle evaluated in a sandbox whose CustomFunctions records what the bundle
 * associates. Optionally the sandbox has an `Excel.run` over a recording fake (the workbook whose
 * date system the functions read) and a clock stopped at a given instant.
 */
import * as vm from "vm";
import type { FakeExcel } from "../excel/recording-fake";
import { readDist } from "./dist-files";

export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export type CustomFunction = (...args: unknown[]) => unknown;

export interface SandboxOptions {
  /** The workbook Excel.run works on; without it the functions have no Excel API. */
  excel?: FakeExcel;
  /** The instant `new Date()` and `Date.now()` give inside the sandbox. */
  now?: Date;
}

/** A Date whose clock stands still at `now`; dates built from arguments are as usual. */
function stoppedClock(now: Date): DateConstructor {
  class StoppedDate extends Date {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(now.getTime());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return now.getTime();
    }
  }
  return StoppedDate as DateConstructor;
}

export function loadFunctionsBundle(options: SandboxOptions = {}): Record<string, CustomFunction> {
  const associations: Record<string, CustomFunction> = {};
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: CustomFunction) => {
        associations[id] = fn;
      },
      Error: FakeCustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A" },
    },
    // What webpack's runtime reads to find where lazy chunks and the file-mode worker live.
    document: {
      baseURI: "https://localhost:3000/taskpane.html",
      currentScript: { tagName: "SCRIPT", src: "https://localhost:3000/runtime.js" },
      getElementsByTagName: () => [],
    },
  };
  const { excel, now } = options;
  if (excel) {
    sandbox.Excel = {
      run: (batch: (context: unknown) => Promise<unknown>) => batch(excel.context()),
    };
  }
  if (now) sandbox.Date = stoppedClock(now);
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  for (const file of ["runtime.js", "functions.js"])
    vm.runInContext(readDist(file), sandbox, { filename: file });
  return associations;
}
