import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/client.js';
import { loadModules, registerModules } from '../modules/index.js';
import type { Clock } from '../platform/clock.js';
import { appError, registeredErrorCodes } from '../platform/errors.js';
import { langFromHeader } from '../platform/i18n/lang.js';
import { MailDispatcher } from '../platform/mail/dispatcher.js';
import type { Mailer } from '../platform/mail/mailer.js';
import type { ModuleManifest } from '../platform/modules/define-module.js';
import { takeMailQueued } from '../platform/notifications/mail-queue.js';
import { databaseRateLimitStore } from '../platform/rate-limit/store.js';
import { ZErrorBody } from '../platform/schemas.js';
import { authorize } from './auth.js';
import { onlyDeclaredBodyTypes } from './body-types.js';
import { csrfGuard } from './csrf.js';
import { errorHandler } from './error-handler.js';
import { loggerOptions } from './logger.js';
import type { App, RoutePermission } from './types.js';
import { DEFAULT_UPLOAD_MAX_MB, uploadMaxBytes } from './upload.js';
import { zodValidatorCompiler } from './validation.js';
import { webCacheHeaders } from './web-cache.js';

export interface AppOptions {
  database: Database;
  clock: Clock;
  logLevel?: string;
  webDist?: string;
  loginRateLimitPerMinute?: number;
  trustProxy?: boolean;
  cookieSecure?: boolean | 'auto';
  /** Origins besides the app's own whose browser requests may change data (ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** Largest accepted upload in MB (UPLOAD_MAX_MB); 20 unless told. */
  uploadMaxMb?: number;
  /** SMTP delivery; null or absent keeps mail in the outbox for administrators. */
  mailer?: Mailer | null;
  /** The module list (ADR 16); every module of modules/index.ts unless told. */
  modules?: readonly ModuleManifest[];
}

export interface RegisteredRoute {
  method: string;
  url: string;
  permission: RoutePermission | undefined;
  /** The route validates a request body (and so documents one). */
  hasBody: boolean;
  /** The route reads a file upload (declares `consumes: ['multipart/form-data']`). */
  upload: boolean;
}

/** Routes served by the API-docs plugin; documentation is public. */
const DOCS_PREFIX = '/api/docs';

/** Assembles the HTTP application: platform plugins, the request context, every module's routes. */
export async function buildApp(
  opts: AppOptions,
): Promise<{ app: App; routes: RegisteredRoute[]; mail: MailDispatcher }> {
  const app = Fastify({
    // One line per request after the response; no request or response objects (logger.ts).
    ...loggerOptions(opts.logLevel ?? 'info'),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    trustProxy: opts.trustProxy ?? false,
    // A URL the router cannot decode or a parameter over its length: our error shape too.
    frameworkErrors: errorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  // JSON only: a text/plain body (which a cross-site form can send) is refused with 415 like
  // any other unregistered type; multipart is parsed only for upload routes (body-types.ts).
  app.removeContentTypeParser('text/plain');
  app.decorate('uploadMaxBytes', uploadMaxBytes(opts.uploadMaxMb ?? DEFAULT_UPLOAD_MAX_MB));

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    // API documentation and the web app's static files are public; every /api route declares its own.
    if (route.url.startsWith(DOCS_PREFIX) || !route.url.startsWith('/api/')) {
      route.config = { ...route.config, permission: 'public' };
    }
    if (route.url.startsWith('/api/') && route.schema && !route.schema.hide) {
      route.schema.response = { '4xx': ZErrorBody, '5xx': ZErrorBody, ...(route.schema.response as object) };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({
        method,
        url: route.url,
        permission: route.config?.permission,
        hasBody: Boolean(route.schema?.body),
        upload: Boolean(route.schema?.consumes?.includes('multipart/form-data')),
      });
    }
  });

  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    req.ctx = {
      db: opts.database.db,
      clock: opts.clock,
      actor: null,
      requestId: req.id,
      ip: req.ip ?? null,
      userAgent: req.headers['user-agent'] ?? null,
      lang: langFromHeader(req.headers['accept-language']),
    };
  });
  // Before any body is read: cross-site writes are refused, and so are form bodies on JSON routes.
  app.addHook('onRequest', csrfGuard(opts.allowedOrigins ?? []));
  app.addHook('onRequest', onlyDeclaredBodyTypes);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  // Brotli or gzip as the client accepts, for the web app's files and the API's JSON alike.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'] });
  await app.register(fastifyCookie);
  // Uploads (attachments, scans, import files): one file per request, read by http/upload.ts.
  // The multipart parser streams the request itself, so bodyLimit (for JSON) does not cap a file.
  await app.register(fastifyMultipart, {
    limits: { fileSize: app.uploadMaxBytes, files: 1, fields: 10 },
    throwFileSizeLimit: true,
  });
  // Counters in the database: a limit holds across server processes and instances.
  await app.register(fastifyRateLimit, {
    global: false,
    store: databaseRateLimitStore(opts.database.db, (err) =>
      app.log.warn({ err }, 'rate limit prune failed'),
    ),
    errorResponseBuilder: () => appError('RATE_LIMITED'),
  });
  // The registries (error codes among them) are filled before the OpenAPI document names them.
  loadModules(opts.modules);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Xiaoguan (销管) API',
        description:
          'Sales-department management: every regulation as a workflow, check, figure or deadline.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'xg_session' } },
        // The `code` of every error body is one of these (the platform's and each module's errors.ts);
        // clients switch on it.
        schemas: { ErrorCode: { type: 'string', enum: registeredErrorCodes().sort() } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX, staticCSP: true });

  // Mail queued by a request is sent in the background once its handler has returned (the
  // transaction has committed); the response does not wait for the SMTP server.
  const mail = new MailDispatcher(opts.database.db, opts.mailer ?? null, opts.clock, (err) =>
    app.log.error({ err }, 'sending mail failed'),
  );
  app.addHook('onClose', async () => mail.idle());
  app.addHook('onSend', async (req, _reply, payload) => {
    if (req.ctx && takeMailQueued(req.ctx)) mail.kick();
    return payload;
  });

  // Who may call a route is decided before the request body is even validated.
  app.addHook('preValidation', authorize);

  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(async (api) => registerModules(api as App, opts, opts.modules), {});

  const webDist =
    opts.webDist && existsSync(path.join(opts.webDist, 'index.html')) ? opts.webDist : undefined;
  if (webDist) {
    // Files are looked up per request (wildcard), so a rebuilt web app is served without a restart.
    // Hashed assets are cached for good; index.html and other unhashed files are revalidated.
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      cacheControl: false,
      setHeaders: webCacheHeaders(webDist),
    });
  }
  app.setNotFoundHandler(async (req, reply) => {
    // Client-side routes (no file extension) get the web app; missing files and API paths get 404.
    const pathname = req.url.split('?')[0] ?? '';
    const read = req.method === 'GET' || req.method === 'HEAD';
    if (webDist && read && !pathname.startsWith('/api/') && !path.extname(pathname)) {
      return reply.type('text/html').sendFile('index.html');
    }
    throw appError('NOT_FOUND');
  });

  return { app: app as unknown as App, routes, mail };
}
