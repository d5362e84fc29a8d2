import net from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends bytes as they are over a fresh TCP connection and reads the answer until the server closes
 * it, so a test can send what no HTTP client would (duplicate or oversized headers, bytes that are
 * not HTTP at all). A `status` of 0 means the server closed without answering.
 *
 * `halfClose` ends our side after the bytes (TCP FIN). That makes Node's parser finish whatever it
 * has, which bytes that are not HTTP need to get an answer at all; but Node then also drops a
 * request whose answer is not ready yet (`httpAllowHalfOpen` is false), so a well-formed request is
 * sent with `Connection: close` (see `rawRequest`) and without it: the server closes after answering.
 */
export function sendRaw(origin: string, bytes: Buffer | string, options: { halfClose?: boolean } = {}): Promise<RawAnswer> {
  const url = new URL(origin);
  return new Promise<RawAnswer>((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A server that answers and closes while we still write may reset the connection: the answer
    // already read is what counts.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
      reject(error);
    });
    socket.on('close', () => resolve(parseAnswer(Buffer.concat(chunks))));
    if (options.halfClose === true) socket.end(bytes);
    else socket.write(bytes);
  });
}

/** An HTTP/1.1 request with `Connection: close` and the given header lines, as raw bytes. */
export function rawRequest(method: string, path: string, headerLines: readonly string[], body: Buffer | string = ''): Buffer {
  const bodyBytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const head = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...headerLines].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), bodyBytes]);
}

export interface PartialRequest {
  /** Sends the rest of the body and resolves with the answer. */
  finish(): Promise<RawAnswer>;
}

/**
 * Opens a request and sends its headers and the first half of its body, leaving it in flight on
 * the server until `finish()`: a slow upload, held exactly as long as the test wants.
 */
export function startPartialRequest(origin: string, bytes: Buffer, headerEnd: number): PartialRequest {
  const url = new URL(origin);
  const socket = net.connect(Number(url.port), url.hostname);
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  const closed = new Promise<RawAnswer>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('close', () => resolve(parseAnswer(Buffer.concat(chunks))));
  });
  const split = headerEnd + Math.floor((bytes.length - headerEnd) / 2);
  socket.write(bytes.subarray(0, split));
  return {
    finish() {
      // No FIN: Node drops a request whose client half-closes before the answer (httpAllowHalfOpen).
      socket.write(bytes.subarray(split));
      return closed;
    },
  };
}

function parseAnswer(raw: Buffer): RawAnswer {
  const text = raw.toString('utf8');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: {}, body: text };
  const [statusLine = '', ...headerLines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = text.slice(end + 4);
  if (headers['transfer-encoding'] === 'chunked') body = dechunk(body);
  return { status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body };
}

function dechunk(body: string): string {
  let out = '';
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(body.slice(at, lineEnd), 16);
    if (!(size > 0)) break;
    out += body.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
  return out;
}
