import { createServer } from 'node:http';
import { BenchChild } from './childProcess.ts';
import { signSlackRequest } from '../test/fakes/slack/signSlackRequest.ts';
let shown = 0;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (shown++ < 2) {
      console.log(req.headers, body.length, body.toString().slice(0, 120));
      console.log('expected', signSlackRequest('bench-signing-secret', String(req.headers['x-slack-request-timestamp']), body));
    }
    res.end('{"ok":true,"duplicate":false}');
  });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as { port: number }).port;
const { child } = await BenchChild.start(new URL('./loadGenerator.ts', import.meta.url));
const r = await child.call('run', { url: `http://127.0.0.1:${port}/slack/events`, connections: 50, warmupRequests: 200, requests: 5000, maxSeconds: 10, signingSecret: 'bench-signing-secret', runId: 'X' });
console.log(JSON.stringify(r));
await child.stop();
server.close();
