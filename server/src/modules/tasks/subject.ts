/** The subject type under which tasks appear in due items, notifications and the audit trail. */
export const TASK_SUBJECT = 'task';
