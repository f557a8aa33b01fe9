import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Permission } from '../modules/permission-codes.js';
import type { Ctx } from '../platform/context.js';

/** The Fastify instance every module registers its routes on. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * Every route declares who may call it: `public`, `authenticated` (any signed-in user),
 * or a permission a module declares, such as `user:manage` (`Permission`, generated from the
 * manifests: a typo does not compile). The permission-matrix test reads this.
 */
export type RoutePermission = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    ctx: Ctx;
  }
  interface FastifyInstance {
    /** Largest accepted upload in bytes (UPLOAD_MAX_MB), read by http/upload.ts. */
    uploadMaxBytes: number;
  }
}
