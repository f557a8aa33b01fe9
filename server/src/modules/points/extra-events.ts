import { on } from '../../platform/events/domain-events.js';
import { praiseRecorded } from '../satisfaction/index.js';
import { suggestionAdopted } from '../suggestions/index.js';
import { trainingExcelled } from '../training/index.js';
import { awardPoints } from './award.js';

/**
 * OPS-8/INC-4: an excellent training result earns the person the training extra points
 * (points.trainingExcellent), once per attendance (eventKey `training_excellent:<attendance>`),
 * expiring after points.extraValidMonths.
 */
export const extraOnTrainingExcelled = on(trainingExcelled, async (tx, ctx, r) => {
  await awardPoints(tx, ctx, {
    userId: r.userId,
    rule: 'training_excellent',
    eventKey: `training_excellent:${r.attendanceId}`,
    refType: 'training_attendance',
    refId: r.attendanceId,
    memo: { title: r.topic, day: r.day, sessionId: r.sessionId },
  });
});

/**
 * OPS-9/INC-4: an adopted suggestion earns its maker the suggestion extra points
 * (points.suggestionAdopted), once per suggestion (eventKey `suggestion_adopted:<suggestion>`),
 * expiring after points.extraValidMonths.
 */
export const extraOnSuggestionAdopted = on(suggestionAdopted, async (tx, ctx, s) => {
  await awardPoints(tx, ctx, {
    userId: s.userId,
    rule: 'suggestion_adopted',
    eventKey: `suggestion_adopted:${s.suggestionId}`,
    refType: 'suggestion',
    refId: s.suggestionId,
    memo: { title: s.title, adoptedBy: s.adoptedBy },
  });
});

/**
 * SVC-3/INC-4: customer praise or an award earns the person praised the praise extra points
 * (points.customerPraise), once per record (eventKey `customer_praise:<praise>`), expiring after
 * points.extraValidMonths.
 */
export const extraOnPraiseRecorded = on(praiseRecorded, async (tx, ctx, p) => {
  await awardPoints(tx, ctx, {
    userId: p.userId,
    rule: 'customer_praise',
    eventKey: `customer_praise:${p.praiseId}`,
    refType: 'praise',
    refId: p.praiseId,
    memo: { title: p.title, recordedBy: p.recordedBy },
  });
});
