import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { PgBoss } from 'pg-boss';
import { createSlackClient } from './act/slack/createSlackClient.ts';
import { adminPlugin } from './api/adminPlugin.ts';
import { healthPlugin } from './api/healthPlugin.ts';
import { installErrorHandler } from './api/errorHandler.ts';
import { createClientErrorHandler, installHttpTelemetry } from './api/httpTelemetry.ts';
import { metricsPlugin } from './api/metricsPlugin.ts';
import { scanPlugin } from './api/scanPlugin.ts';
import type { Config } from './config/config.ts';
import { systemClock, type Clock } from './core/clock.ts';
import { unknownIdentity, type SlackIdentity } from './core/slackIdentity.ts';
import { createConfiguredDetector } from './scan/createConfiguredDetector.ts';
import { actionableOnly } from './jobs/actionableOnly.ts';
import { createInbox } from './ingest/inbox.ts';
import { slackEventsPlugin } from './ingest/slack/slackEventsPlugin.ts';
import { createJobRunner, startWorkers, type JobRunner, type Workers } from './jobs/startWorkers.ts';
import { localJobOperations } from './queue/jobOperations.ts';
import { queueStatuses } from './queue/queueStatus.ts';
import { startQueue } from './queue/startQueue.ts';
import type { Db } from './store/db.ts';
import { resolveEncryptionKey } from './store/encryptionKey.ts';
import { migrate } from './store/migrate.ts';
import { openStore } from './store/openStore.ts';
import { createSealer } from './store/sealing.ts';
import { stopService } from './stopService.ts';
import { JobEvents } from './telemetry/jobEvents.ts';
import { createLogger, type Logger } from './telemetry/logger.ts';
import { createTelemetry, type Telemetry } from './telemetry/telemetry.ts';

export interface Service {
  app: FastifyInstance;
  db: Db;
  boss: PgBoss;
  jobEvents: JobEvents;
  /** Metrics (`GET /metrics`) and the structured event lines (docs/telemetry.md). */
  telemetry: Telemetry;
  /** Runs fetched jobs as the workers do; `drainQueue(service, queue)` uses it (testing mode). */
  runner: JobRunner;
  /** This process's workers, following the shared queue controls; undefined with `workers: false`. */
  workers: Workers | undefined;
  logger: Logger;
  identity(): SlackIdentity;
  /** Starts listening on `config.port` (0 = any free port) and returns the bound origin. */
  listen(): Promise<string>;
  /** The graceful stop (stopService.ts): no new work, running jobs and open requests get SHUTDOWN_TIMEOUT_SECONDS, then the store closes. */
  stop(): Promise<void>;
}

export interface ServiceOverrides {
  clock?: Clock;
  logger?: Logger;
  /** Use an already open store (tests); it is closed by stop() all the same. */
  db?: Db;
  /** Register workers (default true). Off for a web-only process, and for tests that drain queues themselves. */
  workers?: boolean;
  /** Enable pg-boss job spies (`boss.getSpy`), for tests. */
  queueSpies?: boolean;
}

/**
 * The composition root: config → store (+migrations) → queue → HTTP plugins → workers.
 * Nothing else wires parts together.
 */
export async function createService(config: Readonly<Config>, overrides: ServiceOverrides = {}): Promise<Service> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  // First, so a bad allow-list stops the start before anything is opened.
  const detector = createConfiguredDetector(config.detection);
  const db = overrides.db ?? (await openStore(config));
  let boss: PgBoss | undefined;
  try {
    const { applied } = await migrate(db);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    const { key, source } = await resolveEncryptionKey(config);
    if (source === 'generated') logger.warn({ dataDir: config.dataDir }, 'generated a new encryption key in DATA_DIR (embedded store); back it up with the data');
    const sealer = createSealer(key);
    boss = await startQueue(db, config, logger, { spies: overrides.queueSpies === true });

    const slackClient = createSlackClient(config.slack.apiUrl, config.slack.apiTimeoutMs);
    let identity: SlackIdentity = unknownIdentity;
    let slackProblem: string | undefined;
    const slackConfigured = config.slack.signingSecret !== undefined && config.slack.botToken !== undefined;
    if (!slackConfigured) {
      slackProblem = 'Slack is not configured: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (and SLACK_ADMIN_TOKEN to delete members\u2019 messages)';
      logger.warn(slackProblem);
    } else {
      try {
        const me = await slackClient.auth.test({ token: config.slack.botToken });
        identity = { botUserId: me.user_id, botId: me.bot_id, appId: (me as { app_id?: string }).app_id };
        logger.info({ botUserId: identity.botUserId, botId: identity.botId, team: me.team_id }, 'slack identity learned');
      } catch (error) {
        // Start anyway: the envelope's api_app_id still filters our own echoes, and events keep
        // being made durable while the operator fixes the token.
        slackProblem = `auth.test failed: ${(error as { data?: { error?: string } }).data?.error ?? (error as Error).message}`;
        logger.error({ problem: slackProblem }, 'slack identity unknown');
      }
      if (config.slack.adminToken === undefined) {
        logger.warn('SLACK_ADMIN_TOKEN is unset: messages by members cannot be deleted (the bot token deletes only its own)');
      }
    }

    const jobEvents = new JobEvents();
    const telemetry = createTelemetry({ logger, jobEvents });
    boss.on('error', () => telemetry.queueError());
    const deps = {
      db,
      boss,
      sealer,
      // Names and places alone never make the pipeline act (see actionableOnly); the scan API reports them.
      detector: actionableOnly(detector),
      logger,
      events: jobEvents,
      slack: { client: slackClient, botToken: config.slack.botToken, adminToken: config.slack.adminToken, identity: () => identity, files: config.slack.files },
    };

    const app = Fastify({
      loggerInstance: logger as FastifyBaseLogger,
      logController: new LogController({ disableRequestLogging: true }),
      bodyLimit: config.http.maxBodyBytes,
      clientErrorHandler: createClientErrorHandler(telemetry),
    });
    installErrorHandler(app);
    // Before any route, so every route is counted.
    installHttpTelemetry(app, telemetry, logger);
    const inbox = createInbox({ db, boss, sealer, logger });
    await app.register(slackEventsPlugin, {
      signingSecret: config.slack.signingSecret,
      identity: () => identity,
      inbox,
      clock,
      logger,
      telemetry,
      maxBodyBytes: config.http.maxBodyBytes,
    });
    const runner = createJobRunner(deps, config, jobEvents);
    let workers: Workers | undefined;
    const queueBoss = boss;
    const operations = localJobOperations({ db, boss: queueBoss, config, logger, actor: 'api', onControlChange: async () => workers?.refresh() });
    await app.register(healthPlugin, {
      db,
      queues: () => queueStatuses(db, queueBoss, config),
      running: () => workers?.running() ?? {},
      slack: () => ({ configured: slackConfigured, botUserId: identity.botUserId, problem: slackProblem }),
    });
    await app.register(scanPlugin, { detector, maxBodyBytes: config.http.maxBodyBytes });
    await app.register(metricsPlugin, { telemetry, db });
    await app.register(adminPlugin, { token: config.admin.apiToken, operations });
    if (overrides.workers !== false) workers = await startWorkers(deps, config, jobEvents, runner);

    const startedBoss = boss;
    return {
      app,
      db,
      boss: startedBoss,
      jobEvents,
      telemetry,
      runner,
      workers,
      logger,
      identity: () => identity,
      async listen() {
        return app.listen({ port: config.port, host: config.host });
      },
      async stop() {
        await stopService({
          app,
          boss: startedBoss,
          db,
          // Before pg-boss stops: a control poll landing mid-shutdown must not register workers again.
          stopControls: () => workers?.stop(),
          logger,
          telemetry,
          timeoutMs: config.shutdown.timeoutMs,
        });
      },
    };
  } catch (error) {
    await boss?.stop({ graceful: false, close: true }).catch(() => {});
    await db.close().catch(() => {});
    throw error;
  }
}
