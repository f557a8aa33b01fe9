import { defineDueItemLink } from '../../platform/deadlines/links.js';

/** The subject type under which visits appear in due items, files, timelines and the audit trail. */
export const VISIT_SUBJECT = 'visit';
export const visitDueItems = defineDueItemLink({ subjectType: VISIT_SUBJECT, link: (id) => `/visits/${id}` });
