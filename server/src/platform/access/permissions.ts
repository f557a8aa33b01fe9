import type { Localized } from '../i18n/lang.js';

export interface PermissionDef {
  code: string;
  label: Localized;
  /** Whether a data scope applies (records belong to someone); otherwise only held or not. */
  scoped: boolean;
}

const registry = new Map<string, PermissionDef>();

/**
 * The permissions a module checks, in `noun:verb` form; its manifest lists them and the
 * catalogue (what role editing offers) is filled from the manifests.
 */
export function definePermissions<const T extends readonly PermissionDef[]>(defs: T): T {
  const seen = new Set<string>();
  for (const def of defs) {
    if (!/^[a-z][a-z_]*:[a-z][a-z_]*$/.test(def.code))
      throw new Error(`permission ${def.code}: not noun:verb`);
    if (seen.has(def.code)) throw new Error(`permission ${def.code} defined twice`);
    seen.add(def.code);
  }
  return defs;
}

/** Called by the module kernel for each manifest's permissions. */
export function registerPermission(def: PermissionDef): void {
  if (registry.has(def.code)) throw new Error(`permission ${def.code} defined twice`);
  registry.set(def.code, def);
}

export function permissionCatalogue(): PermissionDef[] {
  return [...registry.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function isKnownPermission(code: string): boolean {
  return registry.has(code);
}
