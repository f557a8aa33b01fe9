import { defineDomainEvent } from '../../platform/events/domain-events.js';

/** What a seal taken without consent carries (Q2C-9). */
export interface SealTakenWithoutConsent {
  /** The custody-side record of the incident (seal_violations). */
  sealViolationId: string;
  sealId: string;
  sealName: string;
  /** Who took the seal. */
  userId: string;
  description: string;
  /** Set when harm is recorded with the incident. */
  harmNote: string | null;
  /** The custody-log entry, when the incident has one. */
  custodyLogId: string | null;
  at: Date;
}

/** What harm recorded on an incident carries (Q2C-9). */
export interface SealHarmRecorded {
  sealViolationId: string;
  userId: string;
  harmNote: string;
}

/**
 * Q2C-9/PEN-2: the custodian recorded that a seal left without their and the sales manager's
 * consent. The discipline module records the violation with its fine, in the same transaction.
 */
export const sealTakenWithoutConsent = defineDomainEvent<SealTakenWithoutConsent>('seal.takenWithoutConsent');

/** Q2C-9: harm followed an unapproved use; the discipline module adds the harm fine. */
export const sealHarmRecorded = defineDomainEvent<SealHarmRecorded>('seal.harmRecorded');
