import type { TDuplicate } from '../../api/types';

/** What the create form hands the new customer's page through navigation state. */
export interface CustomerPageState {
  /** Possible duplicates the server found when the customer was created. */
  duplicates?: TDuplicate[];
}
