/**
 * Components other screens provide, mounted on the customer list and page: one place that
 * says which screen owns which piece.
 *
 *   PoolStatusBanner({customerId}), ReleaseButton({customerId,onDone}),
 *   ReassignButton({customerId,onDone}), OwnershipHistory({customerId})  ← web/src/pages/pool/
 *   CustomerOpportunities({customerId})  ← web/src/pages/opportunities/CustomerOpportunities.tsx
 *   the import button/modal               ← web/src/pages/customers/import/
 */
import { CustomerOpportunities } from '../opportunities/CustomerOpportunities';
import { OwnershipHistory } from '../pool/OwnershipHistory';
import { PoolStatusBanner } from '../pool/PoolStatusBanner';
import { ReassignButton } from '../pool/ReassignButton';
import { ReleaseButton } from '../pool/ReleaseButton';
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
