/**
 * SLOTS — components other screens provide, mounted on the customer list and page.
 * Each not yet wired stays a placeholder (renders nothing) until its owner's file lands; then the slot
 * imports and renders the real component. Nothing else in this folder needs to change.
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

interface CustomerSlotProps {
  customerId: string;
}
interface CustomerActionSlotProps extends CustomerSlotProps {
  onDone: () => void;
}

/** SLOT: the list's 导入 button (customer:import). */
export function ImportSlot() {
  return null;
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
