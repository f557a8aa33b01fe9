import { provide } from '../../platform/events/ports.js';
import { defineModule } from '../../platform/modules/define-module.js';
import { customerDebtPort, signingPlanReviewPort } from '../contracts/index.js';
import { customerPaymentFilePort } from '../customers/index.js';
import { customerPaymentFile } from './customer-payment-file.js';
import { receivableErrors } from './errors.js';
import { onContractSigned } from './on-contract-signed.js';
import { customerDebt } from './outstanding.js';
import { paymentDecidedEvent, paymentRecordedEvent } from './payment-events.js';
import { receivablePermissions } from './permissions.js';
import { planChangeFlow } from './plan-change-flow.js';
import {
  cashLimitFen,
  collectionDays,
  collectionDaysByCustomerType,
  confirmOwnPayment,
  dueSoonDays,
  planChangeApprovers,
} from './policies.js';
import { receivableRoutes } from './routes.js';
import { reviewSigningPlan, signingPlanFlow } from './signing-plan-flow.js';
import { paymentsToConfirmTodo } from './todo-sources.js';

/**
 * Payment plans (AR-1, made on `contract.signed`), payments, allocation, customer credit,
 * invoices, plan changes (AR-2 … AR-4, AR-7).
 */
export const manifest = defineModule({
  name: 'receivables',
  dependsOn: ['contracts', 'customers'],
  permissions: receivablePermissions,
  policies: [
    planChangeApprovers,
    collectionDays,
    dueSoonDays,
    cashLimitFen,
    collectionDaysByCustomerType,
    confirmOwnPayment,
  ],
  flows: [planChangeFlow, signingPlanFlow],
  events: { notifications: [paymentRecordedEvent, paymentDecidedEvent], handlers: [onContractSigned] },
  provides: [
    provide(customerDebtPort, customerDebt),
    provide(customerPaymentFilePort, customerPaymentFile),
    provide(signingPlanReviewPort, reviewSigningPlan),
  ],
  todoSources: [paymentsToConfirmTodo],
  errors: receivableErrors,
  routes: receivableRoutes,
});
