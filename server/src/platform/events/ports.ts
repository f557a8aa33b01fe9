/**
 * A read one module needs and a module depending on it answers (ADR 16): the needing module
 * declares the port and lists it in its manifest's `needs`; the answering module lists an
 * implementation in `provides`. The kernel refuses to start when a listed module's port has no
 * implementation, so a call never finds none.
 */
// biome-ignore lint/suspicious/noExplicitAny: any function shape may be a port
type AnyFn = (...args: any[]) => unknown;

export interface Port<F extends AnyFn> {
  /** `module.read`, e.g. `contracts.customerDebt`. */
  readonly name: string;
  /** Calls the registered implementation. */
  readonly call: (...args: Parameters<F>) => ReturnType<F>;
}

/** A port as a manifest's `needs` lists it. */
export interface PortRef {
  readonly name: string;
}

/** An implementation as a manifest's `provides` lists it (built by `provide`). */
export interface PortImplementation {
  readonly port: string;
  readonly fn: AnyFn;
}

const implementations = new Map<string, AnyFn>();

export function definePort<F extends AnyFn>(name: string): Port<F> {
  return {
    name,
    call: (...args) => {
      const fn = implementations.get(name);
      if (!fn) throw new Error(`port ${name} has no implementation (is its module listed?)`);
      return fn(...args) as ReturnType<F>;
    },
  };
}

export function provide<F extends AnyFn>(port: Port<F>, fn: F): PortImplementation {
  return { port: port.name, fn };
}

/** Called by the module kernel for each manifest's implementations. */
export function registerPortImplementation(impl: PortImplementation): void {
  if (implementations.has(impl.port)) throw new Error(`port ${impl.port} provided twice`);
  implementations.set(impl.port, impl.fn);
}

/**
 * Whether a port has an implementation: for an optional read (a slot a later module may fill,
 * e.g. the indicators' customer satisfaction), which the needing module does not list in `needs`
 * and asks about before calling.
 */
export function isProvided(port: PortRef): boolean {
  return implementations.has(port.name);
}
