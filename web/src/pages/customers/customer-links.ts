import type { TCustomerListItem } from '../../api/types';

/** The number to call for a customer: its main contact's first phone, else the company's. */
export function phoneOf(c: Pick<TCustomerListItem, 'phone' | 'primaryContact'>): string | null {
  return c.primaryContact?.phones[0] ?? c.phone ?? null;
}

/** A map search for the address, opened outside the app (the phone's maps app or the browser). */
export function mapLink(address: string): string {
  return `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`;
}
