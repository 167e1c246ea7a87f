import { canonicalJson } from '../review/package/canonical-json';
import { sha256OfText } from '../review/package/sha256';

/** The previous-row hash of the first row of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** One audit row as stored, with `detail` as the exact JSON text in the database. */
export interface ChainedAuditRow {
  id: number;
  draftId: string | null;
  at: string;
  actor: string;
  action: string;
  detail: string;
  prevHash: string | null;
  hash: string | null;
}

/** Where a chain breaks: the first row that does not fit, and why. */
export interface ChainBreak {
  rowId: number;
  reason: string;
}

/** The result of checking a whole trail. */
export type ChainVerdict =
  { ok: true; rows: number } | { ok: false; rows: number; break: ChainBreak };

/** The hash of one row: SHA-256 over the previous row's hash and every stored field of this one. */
export function auditRowHash(
  prevHash: string,
  row: Omit<ChainedAuditRow, 'prevHash' | 'hash'>,
): string {
  return sha256OfText(
    canonicalJson({
      prev: prevHash,
      id: row.id,
      draftId: row.draftId,
      at: row.at,
      actor: row.actor,
      action: row.action,
      detail: row.detail,
    }),
  );
}

/**
 * Checks a trail in id order. Ids are handed out one after another and never reused
 * (`lastIssuedId` is the highest id ever issued), so a gap or a missing tail is a
 * deleted row; a row whose hash does not match its fields was edited; a row whose
 * link does not match the row before it was inserted or moved.
 */
export function verifyAuditChain(
  rows: readonly ChainedAuditRow[],
  lastIssuedId: number,
): ChainVerdict {
  let prev = GENESIS_HASH;
  let expectedId = 1;
  for (const row of rows) {
    const broken = (reason: string): ChainVerdict => ({
      ok: false,
      rows: rows.length,
      break: { rowId: row.id, reason },
    });
    if (row.id !== expectedId) {
      return broken(`rows ${expectedId}–${row.id - 1} before it are missing (deleted)`);
    }
    if (row.prevHash !== prev) {
      return broken('its link to the row before it does not match (a row was inserted or removed)');
    }
    if (row.hash !== auditRowHash(prev, row)) {
      return broken('its content does not match its hash (the row was edited)');
    }
    prev = row.hash;
    expectedId = row.id + 1;
  }
  const last = rows.at(-1)?.id ?? 0;
  if (lastIssuedId > last) {
    return {
      ok: false,
      rows: rows.length,
      break: {
        rowId: last + 1,
        reason: `rows ${last + 1}–${lastIssuedId} at the end are missing (deleted)`,
      },
    };
  }
  return { ok: true, rows: rows.length };
}
