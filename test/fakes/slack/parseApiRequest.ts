import type { IncomingHttpHeaders } from 'node:http';

/**
 * Reads a Web API request the way Slack does: query-string args, form or JSON bodies, the token
 * from `Authorization: Bearer` or a `token` arg. The token is split off here so that nothing
 * downstream (recorded calls, responses) can ever echo it.
 */
export type ApiEncoding = 'form' | 'json' | 'query' | 'multipart' | 'other';

export interface ParsedApiRequest {
  args: Record<string, unknown>;
  token: string | undefined;
  encoding: ApiEncoding;
  /** Slack's harmless body-encoding warnings (`superfluous_charset`, `missing_charset`). */
  warnings: string[];
  /** A request-level failure Slack reports before looking at the method. */
  error?: string;
  /** Fields that should hold JSON but did not parse; methods answer `invalid_*_format` for them. */
  undecodable: string[];
}

/** @slack/web-api JSON-stringifies nested arguments into one form field each (CONTRACTS.md 3.6). */
const JSON_FIELDS = ['blocks', 'attachments', 'metadata'] as const;

export function parseApiRequest(
  httpMethod: string,
  search: URLSearchParams,
  headers: IncomingHttpHeaders,
  rawBody: Buffer,
): ParsedApiRequest {
  const args: Record<string, unknown> = Object.fromEntries(search);
  const warnings: string[] = [];
  const undecodable: string[] = [];
  let encoding: ApiEncoding = 'query';
  let error: string | undefined;
  let bodyMayCarryToken = true;

  const contentType = (headers['content-type'] ?? '').toLowerCase();
  const [mediaType = '', ...params] = contentType.split(';').map((part) => part.trim());
  const hasCharset = params.some((p) => p.startsWith('charset='));

  if (httpMethod === 'POST' && rawBody.length > 0) {
    if (mediaType === 'application/x-www-form-urlencoded') {
      encoding = 'form';
      if (hasCharset) warnings.push('superfluous_charset');
      Object.assign(args, Object.fromEntries(new URLSearchParams(rawBody.toString('utf8'))));
    } else if (mediaType === 'application/json') {
      encoding = 'json';
      // Slack only reads the token from the header for JSON posts (CONTRACTS.md 3.1).
      bodyMayCarryToken = false;
      if (!hasCharset) warnings.push('missing_charset');
      const parsed = parseJson(rawBody.toString('utf8'));
      if (parsed === undefined) error = 'invalid_json';
      else if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) error = 'json_not_object';
      else Object.assign(args, parsed);
    } else if (mediaType === 'multipart/form-data') {
      encoding = 'multipart';
      error = 'invalid_form_data';
    } else {
      encoding = 'other';
      error = mediaType === '' ? 'missing_post_type' : 'invalid_post_type';
    }
  }

  for (const field of JSON_FIELDS) {
    const value = args[field];
    if (typeof value !== 'string') continue;
    const decoded = parseJson(value);
    if (decoded === undefined) undecodable.push(field);
    else args[field] = decoded;
  }

  const bearer = bearerToken(headers.authorization);
  const argToken = typeof args.token === 'string' ? args.token : undefined;
  const queryToken = search.get('token') ?? undefined;
  delete args.token;
  const token = bearer ?? (bodyMayCarryToken ? argToken : queryToken);

  return { args, token, encoding, warnings, undecodable, ...(error === undefined ? {} : { error }) };
}

function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
