import type { ConsentReceiptValue } from "./session-context.js";
import type { SessionRecord, SessionTable } from "./session-records.js";

/** A consent receipt, the sessions it was given to, and when it was made. */
export interface ReceiptRecord {
  readonly value: ConsentReceiptValue;
  readonly holders: readonly SessionRecord[];
  readonly createdMs: number;
}

/**
 * Consent receipts by id. A receipt is forgotten with the last session it was
 * given to (SEMANTICS.md, "Retention"); one given to no session, once the
 * retention span has passed since it was made. Checked on every lookup, so
 * what an event sees never depends on when the engine swept.
 */
export class Receipts {
  readonly #byId = new Map<string, ReceiptRecord>();
  readonly #table: SessionTable;

  constructor(table: SessionTable) {
    this.#table = table;
  }

  get(id: string): ConsentReceiptValue | undefined {
    const receipt = this.#byId.get(id);
    if (receipt === undefined) return undefined;
    if (!this.#gone(receipt)) return receipt.value;
    this.#byId.delete(id);
    return undefined;
  }

  /** Files a receipt under its id and adds it to every session it lists, at `nowMs`. */
  give(value: ConsentReceiptValue, nowMs: number): void {
    const holders: SessionRecord[] = [];
    for (const id of new Set(value.session_ids)) {
      const rec = this.#table.obtain(id);
      rec.ctx.consent_receipts = [...rec.ctx.consent_receipts, value];
      holders.push(rec);
    }
    this.#byId.set(value.receipt_id, { value, holders, createdMs: nowMs });
  }

  /** Forgets the receipts no kept session holds. */
  sweep(): void {
    for (const [id, receipt] of this.#byId) if (this.#gone(receipt)) this.#byId.delete(id);
  }

  #gone(receipt: ReceiptRecord): boolean {
    if (receipt.holders.length === 0) return receipt.createdMs < this.#table.retireBefore;
    for (const holder of receipt.holders) if (this.#table.alive(holder)) return false;
    return true;
  }

  /** Every kept receipt by id (for snapshots). */
  entries(): IterableIterator<[string, ReceiptRecord]> {
    return this.#byId.entries();
  }

  /** Files a receipt read from a snapshot. */
  load(id: string, receipt: ReceiptRecord): void {
    this.#byId.set(id, receipt);
  }
}
