import { registerPermission } from '../access/permissions.js';
import { registerApprovalFlow } from '../approvals/flows.js';
import { registerDueItemKind } from '../deadlines/kinds.js';
import { registerDueItemLink } from '../deadlines/links.js';
import { registerErrors } from '../errors.js';
import { markModulesLoaded, registerDomainEventHandler } from '../events/domain-events.js';
import { registerPortImplementation } from '../events/ports.js';
import { registerImportKind } from '../imports/kinds.js';
import { registerJob } from '../jobs/registry.js';
import { registerNotificationEvent } from '../notifications/events.js';
import { registerPolicy } from '../policies/define.js';
import { registerTodoSource } from '../todo/sources.js';
import type { ModuleManifest } from './define-module.js';

/**
 * Checks a module list before anything is registered: names are unique, every `dependsOn`
 * names a listed module, the dependencies have no cycle, and every port a module needs is
 * provided by a listed module.
 */
export function checkModuleList(list: readonly ModuleManifest[]): void {
  const byName = new Map<string, ModuleManifest>();
  for (const m of list) {
    if (byName.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    byName.set(m.name, m);
  }
  for (const m of list) {
    for (const dep of m.dependsOn) {
      if (!byName.has(dep)) {
        throw new Error(`module ${m.name} depends on ${dep}, which is not in the module list`);
      }
    }
  }
  const cycle = findCycle(list, byName);
  if (cycle) throw new Error(`module dependencies form a cycle: ${cycle.join(' → ')}`);
  const provided = new Set(list.flatMap((m) => m.provides.map((p) => p.port)));
  for (const m of list) {
    for (const port of m.needs) {
      if (!provided.has(port.name)) {
        throw new Error(`module ${m.name} needs ${port.name}, which no listed module provides`);
      }
    }
  }
}

/** The first dependency cycle found, as a path that ends where it starts; null if none. */
function findCycle(list: readonly ModuleManifest[], byName: Map<string, ModuleManifest>): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (name: string): string[] | null => {
    const at = path.indexOf(name);
    if (at >= 0) return [...path.slice(at), name];
    if (done.has(name)) return null;
    path.push(name);
    for (const dep of byName.get(name)?.dependsOn ?? []) {
      const found = visit(dep);
      if (found) return found;
    }
    path.pop();
    done.add(name);
    return null;
  };
  for (const m of list) {
    const found = visit(m.name);
    if (found) return found;
  }
  return null;
}

/** Manifests whose items are in the registries already (tests build many apps per process). */
const registered = new Set<ModuleManifest>();

/**
 * Fills every platform registry from the manifests, in list order. A manifest registered
 * before is skipped, so the same list (or a longer one) may be loaded again; an item that
 * another manifest registered already is refused as defined twice.
 */
export function fillRegistries(list: readonly ModuleManifest[]): void {
  for (const m of list) {
    if (registered.has(m)) continue;
    registerErrors(m.errors);
    for (const p of m.permissions) registerPermission(p);
    for (const p of m.policies) registerPolicy(p);
    for (const f of m.flows) registerApprovalFlow(f);
    for (const j of m.jobs) registerJob(j);
    for (const e of m.events.notifications) registerNotificationEvent(e);
    for (const h of m.events.handlers) registerDomainEventHandler(h);
    for (const k of m.dueItemKinds) registerDueItemKind(k);
    for (const k of m.dueItemLinks) registerDueItemLink(k);
    for (const k of m.importKinds) registerImportKind(k);
    for (const s of m.todoSources) registerTodoSource(s);
    for (const p of m.provides) registerPortImplementation(p);
    registered.add(m);
  }
  markModulesLoaded();
}

/** Whether a manifest's items are registered (the module tests check it). */
export function isRegistered(m: ModuleManifest): boolean {
  return registered.has(m);
}
