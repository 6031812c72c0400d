/** One review, one currency (BAD-INPUTS #30): amounts in two currencies are never summed. */

/** Accepts one currency: the policy's, or the first one seen; other rows are left out. */
export class CurrencyGate {
  private accepted: string | null;
  private lastAcceptedRaw: string | null = null;

  constructor(policyCurrency: string | null) {
    this.accepted = policyCurrency === null ? null : policyCurrency.trim().toUpperCase();
  }

  get currency(): string | null {
    return this.accepted;
  }

  admits(raw: string | undefined): boolean {
    if (raw === undefined || raw === this.lastAcceptedRaw) return true;
    const code = raw.trim().toUpperCase();
    if (code === "") return true;
    if (this.accepted === null) this.accepted = code;
    if (code !== this.accepted) return false;
    this.lastAcceptedRaw = raw;
    return true;
  }
}
