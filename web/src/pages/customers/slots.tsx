/**
 * Components other screens provide, mounted on the customer list and page: one place that
 * says which screen owns which piece.
 *
 *   PoolStatusBanner({customerId}), ReleaseButton({customerId,onDone}),
 *   ReassignButton({customerId,onDone}), OwnershipHistory({customerId})  ← web/src/pages/pool/
 *   CustomerOpportunities({customerId})  ← web/src/pages/opportunities/CustomerOpportunities.tsx
 *   CustomerQuotes / CustomerContracts / CustomerOrders / CustomerReceivables / CustomerPayments
 *     ({customerId})  ← web/src/pages/{quotes,contracts,orders,receivables,payments}/
 *   the import button/modal               ← web/src/pages/customers/import/
 *   PlanVisitButton({customer})           ← web/src/pages/visits/PlanVisitButton.tsx
 */
import { CustomerContracts } from '../contracts/CustomerContracts';
import { CustomerOpportunities } from '../opportunities/CustomerOpportunities';
import { CustomerOrders } from '../orders/CustomerOrders';
import { CustomerPayments } from '../payments/CustomerPayments';
import { OwnershipHistory } from '../pool/OwnershipHistory';
import { PoolStatusBanner } from '../pool/PoolStatusBanner';
import { ReassignButton } from '../pool/ReassignButton';
import { ReleaseButton } from '../pool/ReleaseButton';
import { CustomerQuotes } from '../quotes/CustomerQuotes';
import { CustomerReceivables } from '../receivables/CustomerReceivables';
import { PlanVisitButton } from '../visits/PlanVisitButton';
import { ImportCustomersButton } from './import/ImportCustomersButton';

interface CustomerSlotProps {
  customerId: string;
}
interface CustomerActionSlotProps extends CustomerSlotProps {
  onDone: () => void;
}

/** The list's 导入 button (customer:import). */
export function ImportSlot() {
  return <ImportCustomersButton />;
}

/** Where the customer stands on the pool clock. */
export function PoolStatusSlot({ customerId }: CustomerSlotProps) {
  return <PoolStatusBanner customerId={customerId} />;
}

/** Return the customer to the pool. */
export function ReleaseSlot({ customerId, onDone }: CustomerActionSlotProps) {
  return <ReleaseButton customerId={customerId} onDone={onDone} />;
}

/** Give the customer to another owner (customer:assign). */
export function ReassignSlot({ customerId, onDone }: CustomerActionSlotProps) {
  return <ReassignButton customerId={customerId} onDone={onDone} />;
}

/** Claims, releases and reassignments of the customer. */
export function OwnershipHistorySlot({ customerId }: CustomerSlotProps) {
  return <OwnershipHistory customerId={customerId} />;
}

/** The customer's opportunities (商机 tab). */
export function OpportunitiesSlot({ customerId }: CustomerSlotProps) {
  return <CustomerOpportunities customerId={customerId} />;
}

/** The customer's quotes tab. */
export function QuotesSlot({ customerId }: CustomerSlotProps) {
  return <CustomerQuotes customerId={customerId} />;
}

/** The customer's contracts tab. */
export function ContractsSlot({ customerId }: CustomerSlotProps) {
  return <CustomerContracts customerId={customerId} />;
}

/** The customer's orders tab. */
export function OrdersSlot({ customerId }: CustomerSlotProps) {
  return <CustomerOrders customerId={customerId} />;
}

/** The customer's receivables tab. */
export function ReceivablesSlot({ customerId }: CustomerSlotProps) {
  return <CustomerReceivables customerId={customerId} />;
}

/** The customer's payments tab. */
export function PaymentsSlot({ customerId }: CustomerSlotProps) {
  return <CustomerPayments customerId={customerId} />;
}

/** Plan a visit to the customer (VIS-4). */
export function PlanVisitSlot({ customer }: { customer: { id: string; name: string } }) {
  return <PlanVisitButton customer={customer} />;
}
