import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';
import pino from 'pino';

/**
 * One line per request at `info`, written once the response is sent: method, route pattern
 * (not the URL with its ids and query), status, milliseconds, request id (the child logger's
 * `reqId`), user id. No "incoming request" line, no request or response objects, never a
 * body. Unhandled errors are logged once more, by the error handler, at error level; Fastify's
 * own lines for broken streams and serializers stay as they are.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, req: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: req.method,
      route: req.routeOptions.url ?? 'not-found',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      userId: req.ctx?.actor?.id,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed while responding');
    else reply.log.info(line, 'request');
  }
}

/**
 * The server's logger options, shared by the app and the benchmark `bench/hello-logger.ts`.
 * `destination` writes to a file instead of stdout.
 */
export function loggerOptions(
  level = 'info',
  destination?: { file: string },
): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  return {
    logger: {
      level,
      // No redaction paths: nothing logs headers (Fastify's `req` serializer has none, the one
      // line holds none, logger.test.ts checks a cookie never reaches the log), and redaction cost
      // a fifth of a hello-world request's CPU (bench/README.md, "Logging").
      // Asynchronous, buffered writes: lines go out 4 KB at a time, not one system call each (a
      // write per line cost about a tenth of a hello-world request's CPU, bench/README.md,
      // "Logging"), and at least once a second when quiet. pino flushes what is pending when the
      // process exits; a process killed outright loses at most its last second's lines.
      stream: pino.destination({
        dest: destination?.file ?? 1,
        sync: false,
        minLength: 4096,
        periodicFlush: 1000,
      }),
    },
    logController: new OneLinePerRequest(),
  };
}
