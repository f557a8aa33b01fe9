import { defineModule } from '../../platform/modules/define-module.js';
import { quoteErrors } from './errors.js';
import { quoteFlow } from './flow.js';
import {
  orderIntentAcknowledgedEvent,
  orderIntentDueItems,
  orderIntentReportedEvent,
} from './order-intent-events.js';
import { quotePermissions } from './permissions.js';
import {
  orderIntentAckWorkingDays,
  quoteApprovers,
  quoteDirectorDiscountPct,
  quoteDiscountLimitPct,
  quoteTaxRatePct,
  quoteValidityDays,
} from './policies.js';
import { quoteRoutes } from './routes.js';
import { orderIntentsTodo } from './todo-sources.js';

/**
 * 报价单 with discount approvals, and 订单意向 (Q2C-2 … Q2C-4).
 */
export const manifest = defineModule({
  name: 'quotes',
  dependsOn: ['customers', 'opportunities', 'products'],
  permissions: quotePermissions,
  policies: [
    quoteApprovers,
    quoteTaxRatePct,
    quoteValidityDays,
    quoteDiscountLimitPct,
    quoteDirectorDiscountPct,
    orderIntentAckWorkingDays,
  ],
  flows: [quoteFlow],
  events: { notifications: [orderIntentReportedEvent, orderIntentAcknowledgedEvent] },
  dueItemLinks: [orderIntentDueItems],
  todoSources: [orderIntentsTodo],
  errors: quoteErrors,
  routes: quoteRoutes,
});
