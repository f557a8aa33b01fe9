import { defineDomainEvent } from '../../platform/events/domain-events.js';

/** An adopted suggestion (OPS-9). */
export interface AdoptedSuggestion {
  suggestionId: string;
  /** The suggestion's number or title, for the points memo. */
  title: string;
  /** Who made it: the person the extra points go to. */
  userId: string;
  adoptedBy: string;
}

/**
 * OPS-9/INC-4: a suggestion (合理化建议) was adopted, in the adopting transaction. The points
 * module awards the suggestion extra points once per suggestion.
 */
export const suggestionAdopted = defineDomainEvent<AdoptedSuggestion>('suggestion.adopted');
