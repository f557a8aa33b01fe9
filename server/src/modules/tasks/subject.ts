import { defineDueItemLink } from '../../platform/deadlines/links.js';

/** The subject type under which tasks appear in due items, notifications and the audit trail. */
export const TASK_SUBJECT = 'task';
export const taskDueItems = defineDueItemLink({ subjectType: TASK_SUBJECT, link: (id) => `/tasks?id=${id}` });
