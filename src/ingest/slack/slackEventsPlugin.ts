import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/appError.ts';
import type { Clock } from '../../core/clock.ts';
import type { SlackIdentity } from '../../core/slackIdentity.ts';
import type { Logger } from '../../telemetry/logger.ts';
import type { IngestTelemetry } from '../../telemetry/telemetry.ts';
import type { Inbox } from '../inbox.ts';
import { classifySlackEvent } from './classifySlackEvent.ts';
import { verifySlackSignature } from './verifySlackSignature.ts';

export interface SlackEventsOptions {
  signingSecret: string | undefined;
  identity: () => SlackIdentity;
  inbox: Inbox;
  clock: Clock;
  logger: Logger;
  /** Counts and logs each delivery's outcome (`ingest.accepted`, `ingest.ignored`). */
  telemetry: IngestTelemetry;
  maxBodyBytes: number;
}

/**
 * `POST /slack/events`: the Events API receiver. Verify over the raw bytes, answer the handshake,
 * drop what needs no scan, and answer 200 only once the delivery is durable (item + job committed).
 * Registered as its own Fastify plugin so its raw-body parser does not leak into other routes.
 */
export async function slackEventsPlugin(app: FastifyInstance, options: SlackEventsOptions): Promise<void> {
  app.removeAllContentTypeParsers();
  // Every body stays raw bytes: a signature over re-serialised JSON would never match.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.maxBodyBytes }, (_req, body, done) => done(null, body));

  app.addHook('onSend', async (_req, reply) => {
    // A 4xx here will not get better by retrying; X-Slack-No-Retry asks Slack not to. A 503 may.
    if (reply.statusCode >= 400 && reply.statusCode < 500) reply.header('X-Slack-No-Retry', '1');
  });

  app.post('/slack/events', async (req, reply) => {
    if (options.signingSecret === undefined) throw new AppError('SLACK_NOT_CONFIGURED');
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    verifySlackSignature({
      signingSecret: options.signingSecret,
      timestamp: header(req.headers['x-slack-request-timestamp']),
      signature: header(req.headers['x-slack-signature']),
      rawBody,
      nowMs: options.clock.now(),
    });
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw new AppError('BODY_MALFORMED', 'Body is not valid JSON');
    }
    const decision = classifySlackEvent(body, options.identity());
    const retryNum = header(req.headers['x-slack-retry-num']);
    const delivery = { retryNum: retryNum === undefined ? null : Number(retryNum) || null, retryReason: header(req.headers['x-slack-retry-reason']) ?? null };

    switch (decision.kind) {
      case 'url_verification':
        options.telemetry.ingested({ source: 'slack', outcome: 'url_verification' });
        return reply.send({ challenge: decision.challenge });
      case 'rate_limited':
        options.logger.warn({ minute: decision.minute }, 'Slack reports app_rate_limited: events for this workspace are being dropped');
        options.telemetry.ingested({ source: 'slack', outcome: 'rate_limited' });
        return reply.send({ ok: true });
      case 'ignore':
        options.telemetry.ingested({ source: 'slack', outcome: 'ignored', eventId: decision.eventId, reason: decision.reason });
        return reply.send({ ok: true, ignored: decision.reason });
      case 'message': {
        const accepted = await options.inbox.accept(decision.message, delivery);
        options.telemetry.ingested({ source: 'slack', outcome: accepted.duplicate ? 'duplicate' : 'accepted', eventId: accepted.itemId, retryNum: delivery.retryNum });
        return reply.send({ ok: true, duplicate: accepted.duplicate });
      }
    }
  });
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
