/** The orders of one contract and "create order" (Q2C-10). Mounted on the contract page. Placeholder until built. */
export function ContractOrdersPanel(_props: { contractId: string }) {
  return null;
}
