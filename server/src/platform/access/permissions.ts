import type { Localized } from '../i18n/lang.js';

export interface PermissionDef {
  code: string;
  label: Localized;
  /** Whether a data scope applies (records belong to someone); otherwise only held or not. */
  scoped: boolean;
}

const registry = new Map<string, PermissionDef>();

/** Each module declares the permissions it checks; the catalogue is what role editing offers. */
export function definePermissions(defs: PermissionDef[]): void {
  for (const def of defs) registry.set(def.code, def);
}

export function permissionCatalogue(): PermissionDef[] {
  return [...registry.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function isKnownPermission(code: string): boolean {
  return registry.has(code);
}
