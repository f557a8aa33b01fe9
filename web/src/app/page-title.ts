import { matchPath } from 'react-router';
import { type NavItem, navItems } from './nav';

/** The menu entry of the page at a path (a detail page's own entry, e.g. /customers/:id). */
export function navItemOfPath(pathname: string): NavItem | undefined {
  return navItems.find((item) => !item.external && matchPath(item.path, pathname) !== null);
}

/** Where "back" goes from a detail page when there is no page before it: its list. */
export function listPathOf(item: NavItem): string {
  return item.path.split('/:')[0] || '/';
}
