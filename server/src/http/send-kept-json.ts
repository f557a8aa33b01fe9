import type { FastifyReply } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';

const encoded = new WeakMap<object, string>();

/**
 * Sends a kept result (ADR 34) as the route's JSON, encoded by its response schema once per kept
 * object instead of once per request: every reader of a kept aging report had the serializer
 * encode the same report again (zod's encoding was a seventh of such a request's CPU,
 * bench/README.md). A result that is not kept is a new object each time and is encoded once, as
 * the serializer would. The bytes are the serializer's (the schema's encoding, then
 * JSON.stringify); a result that does not match the schema fails as the serializer fails.
 */
export function sendKeptJson<S extends z.ZodType>(
  reply: FastifyReply,
  schema: S,
  value: z.output<S> & object,
): FastifyReply {
  let json = encoded.get(value);
  if (json === undefined) {
    const result = schema.safeEncode(value);
    if (!result.success) {
      const { method, routeOptions } = reply.request;
      throw new ResponseSerializationError(method, routeOptions.url ?? '', { cause: result.error });
    }
    json = JSON.stringify(result.data);
    encoded.set(value, json);
  }
  return reply.type('application/json; charset=utf-8').send(json);
}
