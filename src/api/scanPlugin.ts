import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../core/appError.ts';
import type { Detector } from '../detect/detector.ts';
import { scanText } from '../scan/scanText.ts';

export interface ScanPluginOptions {
  detector: Detector;
  /** `MAX_BODY_BYTES`: the whole JSON body, text and all, is refused above it (413 BODY_TOO_LARGE). */
  maxBodyBytes: number;
}

const scanRequest = z.object({
  text: z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') }),
});

/**
 * `POST /api/v1/scan`: `{ "text": string }` → 200 `{ findings, counts, containsPii }`, what
 * `pii-detector scan` does, over HTTP. Findings carry `maskedValue` and never the value: the caller
 * sent the text and has the offsets, and an answer that repeats the PII would put it in every proxy
 * log and browser cache on the way back. No authentication yet (a later issue adds JWT): expose it
 * only where every caller may scan.
 */
export async function scanPlugin(app: FastifyInstance, options: ScanPluginOptions): Promise<void> {
  app.post('/api/v1/scan', { bodyLimit: options.maxBodyBytes }, async (req, reply) => {
    const parsed = scanRequest.safeParse(req.body);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) =>
        issue.path.length === 0 ? 'body must be a JSON object {"text": string}' : `${issue.path.join('.')}: ${issue.message}`,
      );
      throw new AppError('BODY_MALFORMED', problems.join('; '));
    }
    return reply.send(scanText(options.detector, parsed.data.text));
  });
}
