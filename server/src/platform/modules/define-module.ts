import type { AppOptions } from '../../http/app.js';
import type { App } from '../../http/types.js';
import type { PermissionDef } from '../access/permissions.js';
import type { ApprovalFlow } from '../approvals/flows.js';
import type { DueItemKind } from '../deadlines/kinds.js';
import type { DueItemLink } from '../deadlines/links.js';
import type { ErrorEntry } from '../errors.js';
import type { DomainEventHandler } from '../events/domain-events.js';
import type { PortImplementation, PortRef } from '../events/ports.js';
import type { ImportKind } from '../imports/kinds.js';
import type { JobDef } from '../jobs/registry.js';
import type { NotificationEvent } from '../notifications/events.js';
import type { PolicyDef } from '../policies/define.js';
import type { TodoSource } from '../todo/sources.js';

/** Registers a module's HTTP routes (the module's `xxxRoutes(app)` functions). */
export type ModuleRoutes = (app: App, opts: AppOptions) => void;

/** What a module brings, as its `manifest.ts` writes it (ADR 16). Every list is optional. */
export interface ModuleSpec<Name extends string = string> {
  /** The module's folder name, e.g. `contracts`. */
  name: Name;
  /** The modules whose code this module imports; refused at start if unknown or in a cycle. */
  dependsOn?: readonly string[];
  permissions?: readonly PermissionDef[];
  policies?: readonly PolicyDef[];
  flows?: readonly ApprovalFlow[];
  jobs?: readonly JobDef[];
  events?: {
    /** Notification events users choose mail for (`defineNotificationEvent`). */
    notifications?: readonly NotificationEvent[];
    /** Handlers of other modules' domain events (`on(event, handle)`). */
    handlers?: readonly DomainEventHandler[];
  };
  /** Kinds of the module's due items: label, link, rung actions (`defineDueItemKind`). */
  dueItemKinds?: readonly DueItemKind[];
  /** Subject types of the module's due items, with where each leads (`defineDueItemLink`). */
  dueItemLinks?: readonly DueItemLink[];
  importKinds?: readonly ImportKind[];
  /** Kinds of work the module puts in people's 待办 (`defineTodoSource`). */
  todoSources?: readonly TodoSource[];
  /** Reads this module needs from a module that depends on it (`definePort`). */
  needs?: readonly PortRef[];
  /** Implementations of other modules' ports (`provide(port, fn)`). */
  provides?: readonly PortImplementation[];
  /** The module's error codes (`defineErrors`), merged into `ErrorCatalogue` by its errors.ts. */
  errors?: Readonly<Record<string, ErrorEntry>>;
  routes?: ModuleRoutes;
}

/** A checked manifest with every list present. */
export interface ModuleManifest<Name extends string = string> {
  readonly name: Name;
  readonly dependsOn: readonly string[];
  readonly permissions: readonly PermissionDef[];
  readonly policies: readonly PolicyDef[];
  readonly flows: readonly ApprovalFlow[];
  readonly jobs: readonly JobDef[];
  readonly events: {
    readonly notifications: readonly NotificationEvent[];
    readonly handlers: readonly DomainEventHandler[];
  };
  readonly dueItemKinds: readonly DueItemKind[];
  readonly dueItemLinks: readonly DueItemLink[];
  readonly importKinds: readonly ImportKind[];
  readonly todoSources: readonly TodoSource[];
  readonly needs: readonly PortRef[];
  readonly provides: readonly PortImplementation[];
  readonly errors: Readonly<Record<string, ErrorEntry>>;
  readonly routes: ModuleRoutes | null;
}

function assertUnique(module: string, what: string, keys: readonly string[]) {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new Error(`module ${module}: ${what} ${key} listed twice`);
    seen.add(key);
  }
}

/**
 * A module's manifest: everything it registers with the platform, listed once. Nothing is
 * registered here; the kernel (`registerModules`) fills the registries from the module list.
 */
export function defineModule<const Name extends string>(spec: ModuleSpec<Name>): ModuleManifest<Name> {
  const { name } = spec;
  if (!/^[a-z][a-z-]*$/.test(name)) throw new Error(`module ${name}: the name is the folder name (a-z, -)`);
  const manifest: ModuleManifest<Name> = {
    name,
    dependsOn: spec.dependsOn ?? [],
    permissions: spec.permissions ?? [],
    policies: spec.policies ?? [],
    flows: spec.flows ?? [],
    jobs: spec.jobs ?? [],
    events: { notifications: spec.events?.notifications ?? [], handlers: spec.events?.handlers ?? [] },
    dueItemKinds: spec.dueItemKinds ?? [],
    dueItemLinks: spec.dueItemLinks ?? [],
    importKinds: spec.importKinds ?? [],
    todoSources: spec.todoSources ?? [],
    needs: spec.needs ?? [],
    provides: spec.provides ?? [],
    errors: spec.errors ?? {},
    routes: spec.routes ?? null,
  };
  if (manifest.dependsOn.includes(name)) throw new Error(`module ${name} depends on itself`);
  assertUnique(name, 'dependency', manifest.dependsOn);
  assertUnique(
    name,
    'permission',
    manifest.permissions.map((p) => p.code),
  );
  assertUnique(
    name,
    'policy',
    manifest.policies.map((p) => p.id),
  );
  assertUnique(
    name,
    'approval flow',
    manifest.flows.map((f) => f.docType),
  );
  assertUnique(
    name,
    'job',
    manifest.jobs.map((j) => j.name),
  );
  assertUnique(
    name,
    'notification event',
    manifest.events.notifications.map((e) => e.key),
  );
  assertUnique(
    name,
    'due item kind',
    manifest.dueItemKinds.map((k) => k.kind),
  );
  assertUnique(
    name,
    'due item link',
    manifest.dueItemLinks.map((k) => k.subjectType),
  );
  assertUnique(
    name,
    'import kind',
    manifest.importKinds.map((k) => k.kind),
  );
  assertUnique(
    name,
    'to-do source',
    manifest.todoSources.map((s) => s.key),
  );
  return Object.freeze(manifest);
}
