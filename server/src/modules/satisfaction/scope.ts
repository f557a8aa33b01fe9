import type { SQL } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { praiseRecords, satisfactionSurveys } from './tables.js';

export const SURVEY_ENTITY = 'survey';
export const PRAISE_ENTITY = 'praise';

/** Web path of a survey's results and of a praise record. */
export const surveyLink = (id: string) => `/satisfaction?tab=surveys&survey=${id}`;
export const praiseLink = (id: string) => `/satisfaction?tab=praise&praise=${id}`;
/** The customer's page (outside the signed-in app). */
export const publicSurveyPath = (token: string) => `/s/${token}`;

/** SVC-2/ORG-5: survey:read's scope over the rated rep and their unit at sending time. */
export const surveyScope = (actor: Actor, permission: 'survey:read' | 'survey:send' = 'survey:read'): SQL =>
  scopeCondition(actor, permission, { owner: satisfactionSurveys.repId, unit: satisfactionSurveys.unitId });

/** SVC-3/ORG-5: praise:read's scope over the praised person and their unit when recorded. */
export const praiseScope = (actor: Actor, permission: 'praise:read' | 'praise:record' = 'praise:read'): SQL =>
  scopeCondition(actor, permission, { owner: praiseRecords.userId, unit: praiseRecords.unitId });
