import { permissionCatalogue } from '../../src/platform/access/permissions.js';
import type { TestApp } from '../test-app.js';

export const FUZZ_USERNAME = 'fuzz_all';
export const FUZZ_PASSWORD = 'fuzz-password-1';

/**
 * A role granting every permission in the catalogue at scope 'all', held by a user of its own,
 * so no request of the fuzz test is refused by a 403 before its input is looked at. Created
 * through the API as the administrator, like any role and user.
 */
export async function createAllPowerfulUser(
  t: TestApp,
): Promise<{ userId: string; roleId: string; login: () => Promise<string> }> {
  const admin = await t.login('admin');
  const role = await t.request('POST', '/api/roles', {
    cookie: admin,
    body: {
      code: 'FUZZ_ALL',
      nameZh: '模糊测试（全部权限）',
      nameEn: 'Fuzzing (every permission)',
      permissions: permissionCatalogue().map((p) => ({ permission: p.code, scope: 'all' })),
    },
  });
  if (role.statusCode !== 200) throw new Error(`fuzz role: ${role.statusCode} ${role.body}`);
  const me = await t.request('GET', '/api/me', { cookie: await t.login('gm') });
  const gm = me.json() as { user: { id: string }; unit: { id: string } };
  const user = await t.request('POST', '/api/users', {
    cookie: admin,
    body: {
      username: FUZZ_USERNAME,
      displayName: '模糊测试',
      password: FUZZ_PASSWORD,
      unitId: gm.unit.id,
      position: '测试',
      superiorId: gm.user.id,
      roleIds: [role.json().id],
    },
  });
  if (user.statusCode !== 200) throw new Error(`fuzz user: ${user.statusCode} ${user.body}`);
  return {
    userId: user.json().id,
    roleId: role.json().id,
    login: () => t.login(FUZZ_USERNAME, FUZZ_PASSWORD),
  };
}
