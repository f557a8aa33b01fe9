import { defineDueItemLink } from '../../platform/deadlines/links.js';

/** AR-6: the due-item kind and subject of a rep's same-day dunning contact. */
export const DUNNING_KIND = 'dunning';
export const DUNNING_SUBJECT = 'dunning_item';
export const dunningDueItems = defineDueItemLink({
  subjectType: DUNNING_SUBJECT,
  link: (id) => `/dunning?item=${id}`,
});
