import type { FastifyInstance } from 'fastify';
import type { JobOperations } from '../queue/jobOperations.ts';
import { adminAuth } from './adminAuth.ts';
import { jobsPlugin } from './jobsPlugin.ts';
import { queuesPlugin } from './queuesPlugin.ts';

export interface AdminPluginOptions {
  /** ADMIN_API_TOKEN; unset answers every admin route 503 ADMIN_API_DISABLED. */
  token: string | undefined;
  operations: JobOperations;
}

/**
 * The admin API: jobs and queues, every route behind adminAuth. Registered as its own plugin, so
 * the auth hook covers exactly these routes and nothing else in the app.
 */
export async function adminPlugin(app: FastifyInstance, options: AdminPluginOptions): Promise<void> {
  app.addHook('onRequest', adminAuth(options.token));
  await app.register(jobsPlugin, { operations: options.operations });
  await app.register(queuesPlugin, { operations: options.operations });
}
