/**
 * The money of one contract (AR-1 … AR-4): payment plan, payments, invoices, invoiced vs
 * collected. Mounted on the contract page. Placeholder until built.
 */
export function ContractMoneyPanel(_props: { contractId: string }) {
  return null;
}
