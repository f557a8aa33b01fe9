import type { TUserPage } from '@xiaoguan/server/api';

/** The server's paged-list shape (zPage), for any item type. */
export type Page<T> = Omit<TUserPage, 'items'> & { items: T[] };

/** The server's `{ items }` list shape. */
export interface List<T> {
  items: T[];
}

export interface Ok {
  ok: true;
}
