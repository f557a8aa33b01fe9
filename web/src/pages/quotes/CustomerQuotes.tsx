/** The customer page's tab for this area (placeholder until built). */
export function CustomerQuotes(_props: { customerId: string }) {
  return null;
}
