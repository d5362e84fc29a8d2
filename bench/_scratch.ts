import { BenchStores } from './benchStores.ts';
import { runIngestBare, runIngestService } from './ingestScenario.ts';
const t0 = performance.now();
const stores = await BenchStores.prepare(['pglite', 'postgres']);
console.log('prepared', Math.round(performance.now() - t0));
const settings = { connections: 50, warmupRequests: 200, requests: 1000, maxSeconds: 15 };
try {
  console.log(JSON.stringify(await runIngestBare(settings, 'A')));
  for (const kind of ['pglite', 'postgres'] as const) {
    const t = performance.now();
    console.log(JSON.stringify(await runIngestService(stores, kind, settings, 'B')), Math.round(performance.now() - t));
  }
} finally {
  await stores.close();
}
