import { describe, expect, it } from 'vitest';
import { createDetector } from './detector.ts';

/**
 * What an engineering workspace says all day. None of it is personal data, and a detector that
 * deletes any of it teaches people to hate the tool: versions, build and run ids, timestamps,
 * hashes, UUIDs, ticket keys, ports, private addresses in configs, stack traces, Slack ids, prices,
 * durations, colours, paths, and code that merely mentions passwords and keys.
 */
const CLEAN_TECHNICAL_CHAT: readonly string[] = [
  // Versions and builds
  'Bumped node to 22.18.0 and typescript to 6.0.3, lockfile regenerated',
  'v2.14.3 is out, changelog: https://github.com/acme/api/releases/tag/v2.14.3',
  'Chrome 126.0.6478.127 still shows the layout bug, Firefox 127.0.2 is fine',
  'build #48213 failed on step 7/12, retrying as build 48214',
  'pipeline 1387 passed, artifact api-2024.06.11-1387.tar.gz uploaded (184,311,902 bytes)',
  'the .NET runtime is 8.0.6 and the SDK 8.0.302; windows build 10.0.22631.3737',
  'bump com.fasterxml.jackson.core:jackson-databind from 2.17.0 to 2.17.1',
  // Timestamps and ids
  'incident started 2024-06-11T14:03:27.512Z and recovered at 2024-06-11T14:19:02Z',
  'epoch in the log is 1718114607, i.e. 14:03 UTC; the ms one is 1718114607512',
  'slack ts of the alert: 1718114607.512939, thread_ts 1718114500.000200',
  'request id 3f9c2a7e-4b1d-4e8a-9c3f-2b7d1e6a9f04 timed out after 30s',
  'trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7',
  'GitHub Actions run https://github.com/acme/api/actions/runs/9478123456/job/26115987654 is stuck',
  'fixed in 9f2c1e7 (full sha 9f2c1e7b3a8d4f6e2c1b0a9d8e7f6a5b4c3d2e1f)',
  'docker image sha256:6f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4',
  'see PAY-1423 and INFRA-88, both blocked on SEC-2047',
  'ServiceNow ticket INC0012345 and change CHG0030001 are linked',
  'Sentry issue 4519872203 has 312 events in the last hour',
  'order 482910375 shipped, tracking 1Z999AA10123456784',
  'AWS account 123456789012, role arn:aws:iam::123456789012:role/deploy-prod',
  'the Stripe charge is ch_3PQxYZ2eZvKYlo2C0a1b2c3d, customer cus_Q8x7Yz1AbCdEfG',
  'user U0123ABCD posted in C0G9QF9GW, the bot is B07QWERTY1 in team T024BE7LD',
  'GCP project acme-prod-381207, instance id 4818253791234567890',
  // Network and configs
  'DATABASE_URL=postgres://app@10.0.0.5:5432/orders?sslmode=require',
  'redis is at 10.0.3.17:6379 and the replica at 10.0.3.18:6379',
  'db_host: 172.16.4.21\ndb_port: 5432\nlisten: 0.0.0.0:8080',
  'curl -v http://192.168.1.20:9090/metrics | grep http_requests_total',
  'ssh deploy@10.12.0.4 -p 2222 then tail -f /var/log/nginx/error.log',
  '{"host": "10.1.2.3", "port": 9200, "scheme": "https"}',
  'health check: curl http://127.0.0.1:3000/healthz returns 200 in 4ms',
  'nginx listens on [::]:443 and proxies to [::1]:8443',
  'the k8s service CIDR is 10.96.0.0/12 and pods get 10.244.0.0/16',
  'ports 80, 443, 8080 and 5432 are open in sg-0a1b2c3d4e5f67890',
  'MTU is 1500, keepalive 75s, max_connections=200, shared_buffers=4GB',
  // Stack traces and logs
  'TypeError: Cannot read properties of undefined (reading \'id\')\n    at handler (/app/src/jobs/scan.ts:142:17)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
  'Exception in thread "main" java.lang.NullPointerException\n\tat com.acme.billing.Invoice.total(Invoice.java:87)',
  'panic: runtime error: index out of range [5] with length 5\ngoroutine 1 [running]:\nmain.main()\n\t/home/ci/src/main.go:23 +0x1d',
  'ERROR 2024-06-11 14:03:27,512 [worker-3] pool exhausted (size=20, waiting=143)',
  'heap used 1,283,457,024 of 2,147,483,648 bytes, gc pause 12.7ms',
  // Prices, durations, numbers
  'the plan is $1,249.00/month, or €14,990 per year; VAT 19%',
  'p99 latency went from 182ms to 1.34s after the deploy, p50 is 47ms',
  'we processed 12,483,991 events yesterday, 3,201 failed (0.026%)',
  'invoice INV-2024-00831 for 4,500.00 USD is due on 2024-07-01',
  'the migration took 1h 23m 17s and moved 48,211,903 rows',
  // Colors, paths, code
  'use #1a73e8 for links and #ff00aa for the highlight, rgba(0,0,0,0.54) for text',
  'config lives in /etc/acme/api/config.yaml and C:\\Program Files\\Acme\\api.ini',
  'const user = await db.users.findOne({ id: req.params.id }); // TODO handle null',
  'interface LoginForm { email: string; password: string; remember: boolean }',
  'set password: required and minLength: 12 in the signup schema',
  'export GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }} in the workflow, never inline',
  'the header is Authorization: Bearer <token>, see the docs',
  'api_key: YOUR_API_KEY_HERE in config.example.yaml',
  'password=changeme is only in the docker-compose.dev.yml',
  'the private key format is -----BEGIN RSA PRIVATE KEY----- for PKCS#1, BEGIN PRIVATE KEY for PKCS#8',
  'JWT header is base64url of {"alg":"HS256"}, the token itself goes in the cookie',
  'our example key in the docs is AKIAIOSFODNN7EXAMPLE, do not use it',
  'coverage is 87.3% (12,004/13,751 lines), mutation score 0.71',
  'IPv6 rollout: we use fd00:1234:5678::/48 internally',
  'the uuid v7 is 01901d8e-7a4b-7c3d-9e2f-1a2b3c4d5e6f',
  'md5 of the file is d41d8cd98f00b204e9800998ecf8427e',
  'SLO: 99.95% over 28 days, error budget 20m 9s left',
  'ETA for 3.4.0 is sprint 24, story points 13, PR #4127',
  'ISBN 978-0-13-468599-1 is the book I mentioned',
  'the lottery test uses seed 20240611 and 1000000 iterations',
  'memory limit 512Mi, cpu 250m, replicas 3, HPA max 12',
  'chmod 0644 config.json && chown 1000:1000 data/',
  'mac build agent is macOS 14.5 (23F79), Xcode 15.4 (15F31d)',
  'the SIM test uses sin(x) ≈ x for |x| < 0.01',
  'backup at 02:30 UTC, retention 35 days, last size 734.2 GB',
  // Shaped like licence plates, VAT ids, postcodes and national phone numbers
  'the dev box has 2 x 16 GB 3200 DIMMs, the new one 32 GB 6000',
  'SELECT * FROM users WHERE age BETWEEN 18 AND 65 LIMIT 10',
  'base image is Ubuntu 22 LTS 2024, RAID 10 SSD 2000 for the data volume',
  'resize the VPS from RAM 512MB to RAM 2048MB and SSD 256GB',
  'standup moved to 10 AM 2024-06-12 because of the release',
  'tox runs py27 env and py36 env only on the nightly',
  'promo code AB12 CDE is for the staging shop only',
  'restock sku TSH-001BL and TSH-002RD before the sale',
  'generated tenant ids look like APP456CV and KJA999PZ',
  'hex dump: 34ABC1234 0F3E2D1C 12AB3456 DEADBEEF',
  'the image tag is KA53ME3456-slim, pushed by run 34 ABC 1234',
  'fixtures still use the sample DE123456789 from the docs',
  'Jira keys DE-1234 and IT-5678 moved to done',
  'the plz-lookup service listens on port 10115, health on localhost:10116',
  'Adresse field is optional; the form posts to localhost:10115/submit',
  'order 09171234567 shipped, tracking 05321234567 and invoice 02121234567',
  'the ECMA 262 spec, ISO 8601 dates and RFC 3339 timestamps',
  // Shaped like people, places, addresses and birth dates
  'Jenkins is down again, can someone restart the agent on build-07?',
  'Claude wrote the first draft of the migration, Copilot the tests; ask Siri for a timer',
  'Hugo builds the docs, Travis CI is gone, Winston and Morgan log to stdout',
  'Redis, Kafka and Docker updated; Grafana and Sentry dashboards look fine',
  'Cassandra compaction is eating the disk, the Aurora reader failed over',
  'thanks <@U024BE7LH>, merged into main from feature/PAY-231-maria-refund-flow',
  'rename getCustomerName to resolveDisplayName in AccountController and ProfileCard.tsx',
  'rename `Maria` to `customerName` in the seed data',
  "Monday's standup moved to Tuesday, April 9; June sprint review is on the 28th",
  'Mark as resolved once the deploy is green; Grant read access to the analytics role',
  'Will the migration lock the table? Chase the vendor about the SOC2 report',
  'Hi Team, #team-platform and the Platform Team own the Payments API',
  'deploying to Dublin (eu-west-1), the Frankfurt region failed over to Paris',
  'us-east-1 is degraded, Virginia is having a bad day again; Sydney latency is 180ms',
  'The Dublin office Wi-Fi is down, the London and Singapore POPs are fine',
  'use John Doe as the test user; Max Mustermann is the sample customer in the German docs',
  'Street View API quota exceeded, the 5 Whys doc is on the wiki',
  'replace the 3 Google Drive links in the onboarding doc',
  'release date 2024-06-11, logs from 03/04/2024 show the same error',
  'the DOB field should be optional, the form asks for DOB in MM/DD/YYYY format',
  'DOB validation fails for dates before 1900-01-01, see the ticket',
  'the birthday attack on 64-bit ids needs about 2^32 tries',
  'birthday of the service: it launched on 2019-03-14',
  "I'm from the data team, I live in the terminal these days",
  'my address bar autocompletes the old staging URL',
];

describe('clean technical chat', () => {
  const detector = createDetector();

  it('has enough realistic messages to mean something', () => {
    expect(CLEAN_TECHNICAL_CHAT.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CLEAN_TECHNICAL_CHAT.map((m) => [m.slice(0, 60), m]))('finds nothing in %j', (_short, message) => {
    const findings = detector.detect(message).map((f) => `${f.label} ${JSON.stringify(message.slice(f.start, f.end))} (${f.recognizer} ${f.score})`);
    expect(findings).toEqual([]);
  });

  it('still finds the real thing in the same kind of message', () => {
    // A server's address is not reported by default (DEFAULT_LABEL_MIN_SCORES); a person's connection is.
    expect(detector.detect('ssh into 81.2.69.160 and restart')).toEqual([]);
    expect(detector.detect('my home IP is 81.2.69.160').map((f) => f.label)).toEqual(['IP_ADDRESS']);
    expect(detector.detect('TC Kimlik No: 10000000146, please update').map((f) => f.label)).toEqual(['TR_NATIONAL_ID']);
    expect(detector.detect('DB_PASSWORD=Tr0ub4dor&3 in the .env').map((f) => f.label)).toEqual(['SECRET']);
    expect(detector.detect('my car reg is AB51 ABC, parked on level 2').map((f) => f.label)).toEqual(['UK_VEHICLE_REGISTRATION']);
    expect(detector.detect('ring me on +63 917 123 4567 after standup').map((f) => f.label)).toEqual(['PH_MOBILE_NUMBER']);
    expect(detector.detect('Rechnung an USt-IdNr. DE136695976 bitte').map((f) => f.label)).toEqual(['DE_VAT_ID']);
    expect(detector.detect('meine PLZ ist 80331, der Rest kommt per Mail').map((f) => f.label)).toEqual(['DE_PLZ']);
  });

  it('still finds people, addresses, birth dates and homes in the same kind of message', () => {
    const found = (message: string): string[] => detector.detect(message).map((f) => `${f.label} ${message.slice(f.start, f.end)}`);
    expect(found('Jenkins is down again, can Maria restart the agent on build-07?')).toEqual(['PERSON Maria']);
    expect(found('Claude wrote the draft, Dr. Okafor reviewed it')).toEqual(['PERSON Okafor']);
    expect(found('Mark pushed a fix, mark it as resolved once the deploy is green')).toEqual(['PERSON Mark']);
    expect(found('please ship my YubiKey to 1600 Amphitheatre Pkwy, Mountain View, CA 94043')).toEqual([
      'ADDRESS 1600 Amphitheatre Pkwy, Mountain View, CA 94043',
    ]);
    expect(found('release date 2024-06-11, my DOB is 1985-03-04')).toEqual(['DATE_OF_BIRTH 1985-03-04']);
    expect(found('deploying to Dublin today, I live in Cork though')).toEqual(['LOCATION Cork']);
  });
});
