import { attachmentRoutes } from '../../http/attachment-routes.js';
import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZOk, ZXlsxFile } from '../../platform/schemas.js';
import { exportSurveys } from './export-surveys.js';
import { resendSurvey, sendSurveyByHand } from './manual.js';
import { getPraise, listPraise, praiseEvidence, recordPraise } from './praise.js';
import { answerPublicSurvey, showPublicSurvey } from './public-survey.js';
import { getSurvey, listSurveys } from './queries.js';
import {
  ZPraise,
  ZPraiseCreate,
  ZPraisePage,
  ZPraiseQuery,
  ZPublicAnswer,
  ZPublicSurvey,
  ZSurvey,
  ZSurveyExportQuery,
  ZSurveyPage,
  ZSurveyQuery,
  ZSurveySend,
  ZSurveySent,
  ZSurveyToken,
} from './schemas.js';

const tags = ['satisfaction'];

/**
 * SVC-2/SVC-3: surveys (list, results, send by hand, a new link, export), the customer's page
 * without an account (rate-limited per client like the sign-in), and customer praise with its
 * evidence.
 */
export function satisfactionRoutes(app: App, opts: { loginRateLimitPerMinute?: number }) {
  const rateLimit = { max: opts.loginRateLimitPerMinute ?? 30, timeWindow: '1 minute' };
  app.get(
    '/api/public/surveys/:token',
    {
      config: { permission: 'public', rateLimit },
      schema: { tags, params: ZSurveyToken, response: { 200: ZPublicSurvey } },
    },
    (req) => showPublicSurvey(req.ctx, req.params.token),
  );
  app.post(
    '/api/public/surveys/:token',
    {
      config: { permission: 'public', rateLimit },
      schema: { tags, params: ZSurveyToken, body: ZPublicAnswer, response: { 200: ZOk } },
    },
    (req) => answerPublicSurvey(req.ctx, req.params.token, req.body),
  );

  app.get(
    '/api/surveys',
    {
      config: { permission: 'survey:read' },
      schema: { tags, querystring: ZSurveyQuery, response: { 200: ZSurveyPage } },
    },
    (req) => listSurveys(req.ctx, req.query),
  );
  app.get(
    '/api/surveys/export',
    {
      config: { permission: 'survey:export' },
      schema: {
        tags,
        querystring: ZSurveyExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportSurveys(req.ctx, req.query)),
  );
  app.get(
    '/api/surveys/:id',
    { config: { permission: 'survey:read' }, schema: { tags, params: ZId, response: { 200: ZSurvey } } },
    (req) => getSurvey(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.post(
    '/api/surveys',
    {
      config: { permission: 'survey:send' },
      schema: { tags, body: ZSurveySend, response: { 200: ZSurveySent } },
    },
    (req) => sendSurveyByHand(req.ctx, req.body),
  );
  app.post(
    '/api/surveys/:id/resend',
    { config: { permission: 'survey:send' }, schema: { tags, params: ZId, response: { 200: ZSurveySent } } },
    (req) => resendSurvey(req.ctx, req.params.id),
  );

  app.get(
    '/api/praise',
    {
      config: { permission: 'praise:read' },
      schema: { tags, querystring: ZPraiseQuery, response: { 200: ZPraisePage } },
    },
    (req) => listPraise(req.ctx, req.query),
  );
  app.get(
    '/api/praise/:id',
    { config: { permission: 'praise:read' }, schema: { tags, params: ZId, response: { 200: ZPraise } } },
    (req) => getPraise(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/praise',
    {
      config: { permission: 'praise:record' },
      schema: { tags, body: ZPraiseCreate, response: { 200: ZPraise } },
    },
    (req) => recordPraise(req.ctx, req.body),
  );
  attachmentRoutes(app, {
    path: '/api/praise/:id/evidence',
    tags,
    permissions: { read: 'praise:read', write: 'praise:record' },
    attachments: praiseEvidence,
    removable: false,
  });
}
