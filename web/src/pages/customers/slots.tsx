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

/** SLOT: where the customer stands on the pool clock. */
export function PoolStatusSlot(_: CustomerSlotProps) {
  return null;
}

/** SLOT: return the customer to the pool (owner). */
export function ReleaseSlot(_: CustomerActionSlotProps) {
  return null;
}

/** SLOT: give the customer to another owner (customer:assign). */
export function ReassignSlot(_: CustomerActionSlotProps) {
  return null;
}

/** SLOT: claims, releases and reassignments of the customer. */
export function OwnershipHistorySlot(_: CustomerSlotProps) {
  return null;
}

/** The customer's opportunities (商机 tab). */
export function OpportunitiesSlot({ customerId }: CustomerSlotProps) {
  return <CustomerOpportunities customerId={customerId} />;
}
