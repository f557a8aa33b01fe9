import { describe, expect, it } from 'vitest';
import { isKnownPermission } from '../../platform/access/permissions.js';
import { loadModules } from '../index.js';
import { rolePresets } from './presets.js';

loadModules();

describe('role presets (ORG-6)', () => {
  it('ORG-6: every permission a preset grants is in the catalogue (an administrator could not save it otherwise)', () => {
    const unknown = rolePresets.flatMap((r) =>
      Object.keys(r.grants)
        .filter((p) => !isKnownPermission(p))
        .map((p) => `${r.code}: ${p}`),
    );
    expect(unknown).toEqual([]);
  });
});
