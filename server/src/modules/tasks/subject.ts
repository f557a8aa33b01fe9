import { defineDueItemLink } from '../../platform/deadlines/links.js';

/** The subject type under which tasks appear in due items, notifications and the audit trail. */
export const TASK_SUBJECT = 'task';
defineDueItemLink(TASK_SUBJECT, (id) => `/tasks?id=${id}`);
