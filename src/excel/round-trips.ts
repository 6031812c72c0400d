/**
 * Counts and guards the `context.sync()` calls of one read or apply: checks for cancellation
 * before each, reports progress after each, and lets small loads "ride" on the next round trip
 * instead of costing one of their own.
 */
import { isPayloadTooLarge, throwIfCancelled, translateOfficeError } from "./errors";

export interface RoundTripProgress<Phase extends string> {
  phase: Phase;
  done: number;
  total: number;
}

/** Queues loads now; the returned function reads them after the sync. */
export type Rider = () => () => void;

export class RoundTrips<Phase extends "read" | "apply"> {
  done = 0;
  private riders: Rider[] = [];

  constructor(
    private context: Excel.RequestContext,
    private readonly phase: Phase,
    private readonly signal: AbortSignal | undefined,
    private readonly onProgress: ((progress: RoundTripProgress<Phase>) => void) | undefined
  ) {}

  /** Goes on counting in the context of a later `Excel.run` of the same read or apply. */
  continueIn(context: Excel.RequestContext): void {
    this.context = context;
  }

  /** Loads to add to the next round trip (queued again if that round trip fails). */
  ride(rider: Rider): void {
    this.riders.push(rider);
  }

  get hasRiders(): boolean {
    return this.riders.length > 0;
  }

  /**
   * One round trip. A too-large request is rethrown as is, for the caller to retry smaller;
   * any other Office error becomes an ExcelAdapterError (`sheetHint` names the likely sheet).
   */
  async sync(expectedTotal: number, sheetHint?: string): Promise<void> {
    throwIfCancelled(this.signal);
    const readers = this.riders.map((rider) => rider());
    try {
      await this.context.sync();
    } catch (error) {
      if (isPayloadTooLarge(error)) throw error;
      throw translateOfficeError(error, { sheet: sheetHint });
    }
    this.riders = [];
    for (const read of readers) read();
    this.done += 1;
    this.onProgress?.({
      phase: this.phase,
      done: this.done,
      total: Math.max(expectedTotal, this.done),
    });
  }

  /** A last round trip for riders that found no other to ride on. */
  async flush(): Promise<void> {
    if (this.hasRiders) await this.sync(this.done + 1);
  }
}
