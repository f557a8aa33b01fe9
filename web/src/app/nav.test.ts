import { describe, expect, it } from 'vitest';
import type { TMe } from '../api/types';
import { allowed, groupOfPath, navGroups, navItems } from './nav';

const withPermissions = (permissions: Record<string, string>) => ({ permissions }) as unknown as TMe;

/** A rep's grants as the preset gives them (ORG-5/ORG-6): themselves only, pickers company-wide. */
const rep = withPermissions({
  'user:read': 'own',
  'unit:read': 'all',
  'customer:read': 'own',
  'opportunity:read': 'own',
  'payment:read': 'own',
  'receivable:read': 'own',
  'deadline:read': 'subordinates',
  'request:read': 'subordinates',
});
const visiblePaths = (me: TMe) => navItems.filter((i) => !i.hidden && allowed(i, me)).map((i) => i.path);

describe('the left menu (ORG-5/ORG-6)', () => {
  it('ORG-6: a rep holding user:read for themselves and unit:read for pickers sees no administration', () => {
    const paths = visiblePaths(rep);
    for (const admin of ['/users', '/org', '/policies', '/roles', '/audit', '/login-log', '/jobs', '/team'])
      expect(paths).not.toContain(admin);
    expect(paths).toEqual(expect.arrayContaining(['/customers', '/opportunities', '/receivables']));
  });

  it('ORG-5: `perm@scope` asks for that scope or wider', () => {
    const users = navItems.find((i) => i.path === '/users')!;
    expect(allowed(users, withPermissions({ 'user:read': 'subordinates' }))).toBe(false);
    expect(allowed(users, withPermissions({ 'user:read': 'unit_tree' }))).toBe(true);
    expect(allowed(users, withPermissions({ 'user:read': 'all' }))).toBe(true);
    expect(allowed(users, withPermissions({ 'user:manage': 'all' }))).toBe(true);
    expect(allowed({}, rep)).toBe(true);
  });

  it('every item of a section names a section that exists; a detail page opens its list’s section', () => {
    const keys = new Set(navGroups.map((g) => g.key));
    for (const item of navItems) if (item.group) expect(keys.has(item.group), item.path).toBe(true);
    expect(groupOfPath('/customers')).toBe('customers');
    expect(groupOfPath('/team')).toBe('team');
    expect(groupOfPath('/')).toBeUndefined();
  });
});
