import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler } from './error-handler.js';
import { sendKeptJson } from './send-kept-json.js';

/** AR-9 (kept aging, ADR 34): a kept result is sent as the serializer would send it, encoded once. */
describe('sendKeptJson', async () => {
  const ZReport = z.object({
    rows: z.array(z.object({ name: z.string(), openFen: z.string(), days: z.number().int() })),
    total: z.string(),
  });
  const kept = { rows: [{ name: '华东一组', openFen: '1234500', days: 45 }], total: '1234500' };
  const bad = { rows: [{ name: '华东一组', openFen: 1234500, days: 45 }], total: '1234500' };
  let current: object = kept;
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  const schema = { response: { 200: ZReport } };
  app.get('/serialized', { schema }, async () => current as z.infer<typeof ZReport>);
  app.get('/kept', { schema }, async (_req, reply) =>
    sendKeptJson(reply, ZReport, current as z.infer<typeof ZReport>),
  );
  await app.ready();

  it('sends the bytes and the content type the serializer sends, the same object every time', async () => {
    current = kept;
    const serialized = await app.inject({ method: 'GET', url: '/serialized' });
    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'GET', url: '/kept' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(serialized.headers['content-type']);
      expect(res.body).toBe(serialized.body);
    }
  });

  it('a result that does not match the schema answers as the serializer does (500, the error shape)', async () => {
    current = bad;
    const serialized = await app.inject({ method: 'GET', url: '/serialized' });
    const res = await app.inject({ method: 'GET', url: '/kept' });
    expect(serialized.statusCode).toBe(500);
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual(serialized.json());
    expect(res.json().error.code).toBeTruthy();
  });
});
