import type { Tx } from '../../db/client.js';
import type { Ctx } from '../context.js';

/**
 * Something that happened in one module that others may act on (ADR 16): the emitting module
 * names the event and its payload; modules that depend on it declare handlers in their
 * manifest. Handlers run in the emitter's transaction, in the order of the module list, so
 * what they write commits or rolls back with the change that caused it.
 */
export interface DomainEvent<Payload> {
  /** `area.pastTense`, e.g. `contract.signed`. */
  readonly name: string;
  /** Carries the payload type only; never set. */
  readonly payload?: Payload;
}

export type DomainEventHandle<Payload> = (tx: Tx, ctx: Ctx, payload: Payload) => Promise<void>;

/** A handler as a manifest lists it (built by `on`). */
export interface DomainEventHandler {
  readonly event: string;
  readonly handle: DomainEventHandle<never>;
}

export function defineDomainEvent<Payload>(name: string): DomainEvent<Payload> {
  if (!/^[a-z_]+\.[a-zA-Z]+$/.test(name)) throw new Error(`domain event ${name}: not area.name`);
  return { name };
}

/** A handler of one event, for a manifest's `events.handlers`. */
export function on<Payload>(
  event: DomainEvent<Payload>,
  handle: DomainEventHandle<Payload>,
): DomainEventHandler {
  return { event: event.name, handle: handle as DomainEventHandle<never> };
}

const handlers = new Map<string, DomainEventHandler[]>();
/** Set once the kernel has loaded a module list: before that no handler is known yet. */
let loaded = false;

/** Called by the module kernel after it filled the registries. */
export function markModulesLoaded(): void {
  loaded = true;
}

/** Called by the module kernel for each manifest's handlers, in the order of the module list. */
export function registerDomainEventHandler(handler: DomainEventHandler): void {
  const list = handlers.get(handler.event) ?? [];
  if (list.includes(handler)) throw new Error(`handler of ${handler.event} registered twice`);
  list.push(handler);
  handlers.set(handler.event, list);
}

/** Runs every handler of the event, one after another, in the caller's transaction. */
export async function emit<Payload>(
  tx: Tx,
  ctx: Ctx,
  event: DomainEvent<Payload>,
  payload: Payload,
): Promise<void> {
  // An event emitted before the modules are loaded would silently lose its handlers' work.
  if (!loaded) throw new Error(`${event.name} emitted before the modules were loaded (loadModules)`);
  for (const h of handlers.get(event.name) ?? []) {
    await (h.handle as DomainEventHandle<Payload>)(tx, ctx, payload);
  }
}

/** How many handlers an event has (the module tests check the wiring). */
export function handlerCount(event: DomainEvent<unknown>): number {
  return handlers.get(event.name)?.length ?? 0;
}
