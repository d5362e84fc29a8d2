import { awsAccessKeyId, cardNumber, email, firstName, fullName, githubToken, iban, internationalPhone, password, publicIp, ssn, usPhone } from './fakePii.ts';
import { seededRandom, type SeededRandom } from './seededRandom.ts';

/**
 * The detection benchmark's chat set: what an engineering workspace's Slack says in a day, as the
 * events API delivers it (Slack mrkdwn: `<@U…>` mentions, `<url|label>` links, `:emoji:`, code in
 * backticks). About a quarter are one-line acknowledgements, a third coordination, a third technical
 * (versions, build and ticket ids, timestamps, paths, commands, log lines, a few pasted stack traces
 * and configs), and one in ten carries personal data or a credential: a phone number, an e-mail
 * address, a card, an SSN, an IBAN, a public IP with its context, a token or a password. The clean
 * messages are full of what naive detectors mistake for PII (4-digit numbers, dates, long ids,
 * private IPs), because that is what real chat is full of; they also name colleagues by first
 * name, which a PERSON recognizer may report.
 *
 * Generated from a fixed seed: every run scans the same messages.
 */

/** One in ten messages carries PII, as in the pipeline benchmark. */
export const CHAT_PII_SHARE = 0.1;

type Template = (r: SeededRandom) => string;

const SERVICES = ['api', 'billing', 'search', 'auth', 'checkout', 'notifier', 'ingest', 'web', 'scheduler', 'reports'];
const PROJECTS = ['PAY', 'INFRA', 'WEB', 'SEC', 'DATA', 'MOB', 'OPS'];
const EMOJI = [':+1:', ':tada:', ':eyes:', ':pray:', ':white_check_mark:', ':fire:', ':sweat_smile:', ':rocket:', ':thinking_face:', ':coffee:'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'tomorrow', 'today', 'next week'];
const MEETINGS = ['standup', 'retro', 'planning', 'the design review', 'the 1:1', 'sprint demo', 'incident review', 'the all-hands'];
const FILES = ['src/jobs/scan.ts', 'lib/billing/invoice.rb', 'cmd/server/main.go', 'app/models/user.py', 'web/src/App.tsx', 'deploy/helm/values.yaml', 'Dockerfile', 'package.json'];
const ERRORS = ['ECONNRESET', '502 Bad Gateway', 'OOMKilled', 'context deadline exceeded', 'connection refused', 'deadlock detected', '429 Too Many Requests', 'TLS handshake timeout'];

const userId = (r: SeededRandom): string => `U0${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}`;
const channelId = (r: SeededRandom): string => `C0${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}`;
const time = (r: SeededRandom): string => `${r.int(8, 18)}:${r.pick(['00', '15', '30', '45'])}`;
const version = (r: SeededRandom): string => `${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`;
const ticket = (r: SeededRandom): string => `${r.pick(PROJECTS)}-${r.int(10, 4999)}`;
const pr = (r: SeededRandom): string => String(r.int(100, 9999));
const service = (r: SeededRandom): string => r.pick(SERVICES);
const sha = (r: SeededRandom): string => r.chars('0123456789abcdef', 7);
const privateIp = (r: SeededRandom): string => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
const isoTime = (r: SeededRandom): string =>
  `2024-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}Z`;

const SHORT: readonly Template[] = [
  () => 'ok',
  () => 'thanks!',
  (r) => `thanks ${r.pick(EMOJI)}`,
  () => 'lgtm',
  (r) => `lgtm ${r.pick(EMOJI)}`,
  () => 'on it',
  () => '+1',
  () => 'sounds good',
  () => 'brb, coffee',
  (r) => `morning all ${r.pick([':wave:', ':sunny:', ''])}`,
  () => 'haha yes',
  (r) => `nice work <@${userId(r)}>!`,
  () => 'will do',
  () => 'done',
  () => 'np',
  () => 'yep, merged',
  (r) => `thanks ${firstName(r)}, that fixed it`,
  () => 'give me 5 min',
  () => 'looking',
  (r) => `${r.pick(EMOJI)}`,
  () => 'can you share the link?',
  () => 'same here',
  () => "I'm out after lunch",
];

const COORDINATION: readonly Template[] = [
  (r) => `can you review PR #${pr(r)} before ${r.pick(MEETINGS)}?`,
  (r) => `${r.pick(MEETINGS)} moved to ${time(r)} ${r.pick(DAYS)}`,
  (r) => `${firstName(r)} is out ${r.pick(DAYS)}, ping me instead for ${service(r)} questions`,
  (r) => `I'll be 5 min late to ${r.pick(MEETINGS)}`,
  (r) => `who owns the ${service(r)} dashboard these days?`,
  (r) => `<@${userId(r)}> can you take ${ticket(r)}? it's blocking the release`,
  (r) => `notes from ${r.pick(MEETINGS)} are in <https://docs.acme.dev/notes/${r.int(1000, 9999)}|the doc>, please add your updates by ${time(r)}`,
  (r) => `reminder: code freeze starts ${r.pick(DAYS)} at ${time(r)}, only hotfixes after that`,
  (r) => `moving this to <#${channelId(r)}|${service(r)}-dev> so we don't spam the main channel`,
  (r) => `anyone free to pair on ${ticket(r)} this afternoon? it's the flaky ${service(r)} test again`,
  (r) => `I booked room ${r.int(100, 999)} for ${r.pick(MEETINGS)}, ${r.int(4, 12)} people max`,
  (r) => `the Q${r.int(1, 4)} roadmap draft is up, comments welcome until ${r.pick(DAYS)}`,
  (r) => `${firstName(r)} and I will handle on-call this weekend, swap with me if you need to`,
  (r) => `can we push ${r.pick(MEETINGS)} by 30 min? I have a conflict at ${time(r)}`,
  (r) => `welcome ${firstName(r)} to the team ${r.pick(EMOJI)} they start on the ${service(r)} squad ${r.pick(DAYS)}`,
  (r) => `the offsite budget is $${r.int(2, 9)},${r.int(100, 999)} for ${r.int(8, 30)} people, flights not included`,
  (r) => `status update: ${ticket(r)} done, ${ticket(r)} in review, ${ticket(r)} still blocked on legal`,
  (r) => `please fill in the survey by ${r.pick(DAYS)}, it takes ${r.int(3, 10)} minutes`,
];

const TECHNICAL: readonly Template[] = [
  (r) => `deploy of ${service(r)} v${version(r)} to prod is done, ${r.int(2, 40)} pods rolled`,
  (r) => `seeing ${r.pick(ERRORS)} on /api/v${r.int(1, 3)}/orders since ${time(r)}, anyone touching ${service(r)}?`,
  (r) => `\`kubectl rollout restart deploy/${service(r)} -n prod\` fixed it for now`,
  (r) => `build #${r.int(1000, 99999)} failed on step ${r.int(1, 9)}/${r.int(10, 14)}, retrying`,
  (r) => `<https://github.com/acme/${service(r)}/pull/${pr(r)}|#${pr(r)}> bumps node to ${r.int(18, 22)}.${r.int(0, 18)}.${r.int(0, 9)}`,
  (r) => `p99 went from ${r.int(80, 400)}ms to ${r.int(1, 3)}.${r.int(1, 9)}s after the deploy, p50 is ${r.int(20, 90)}ms`,
  (r) => `${ticket(r)} is blocked on ${ticket(r)}, the migration needs a DBA`,
  (r) => `fixed in ${sha(r)}, will cherry-pick to release/${version(r)}`,
  (r) => `redis is at ${privateIp(r)}:6379 and the replica at ${privateIp(r)}:6379`,
  (r) => `the error is in ${r.pick(FILES)} line ${r.int(10, 900)}, we never handle the null case`,
  (r) => `request id ${r.chars('0123456789abcdef', 8)}-${r.chars('0123456789abcdef', 4)}-4${r.chars('0123456789abcdef', 3)}-${r.chars('89ab', 1)}${r.chars('0123456789abcdef', 3)}-${r.chars('0123456789abcdef', 12)} timed out after ${r.int(5, 60)}s`,
  (r) => `incident started ${isoTime(r)}, mitigated ${r.int(10, 50)} min later; postmortem in ${ticket(r)}`,
  (r) => `we processed ${r.int(1, 40)},${r.int(100, 999)},${r.int(100, 999)} events yesterday, ${r.int(1, 9)},${r.int(100, 999)} failed`,
  (r) => `disk on ${service(r)}-db-${r.int(1, 3)} is at ${r.int(80, 99)}%, I'll bump the volume to ${r.pick([500, 750, 1000])} GB`,
  (r) => `\`SELECT count(*) FROM orders WHERE created_at > now() - interval '${r.int(1, 24)} hours'\` returns ${r.int(1000, 99999)}`,
  (r) => `Sentry issue ${r.int(1000000000, 4999999999)} has ${r.int(10, 900)} events in the last hour`,
  (r) => `AWS account ${r.chars('0123456789', 12)} is the staging one, prod is the other`,
  (r) => `the cron runs at \`${r.int(0, 59)} ${r.int(0, 23)} * * *\` UTC, so ${time(r)} here`,
  (r) => `memory limit ${r.pick(['512Mi', '1Gi', '2Gi'])}, cpu ${r.pick(['250m', '500m', '1'])}, replicas ${r.int(2, 6)}, HPA max ${r.int(8, 20)}`,
  (r) => `benchmark: ${r.int(1000, 9000)} req/s before, ${r.int(9000, 20000)} after the pool change (${r.int(10, 40)} → ${r.int(50, 200)} connections)`,
  (r) => `ts of the alert: ${r.int(1700000000, 1730000000)}.${r.chars('0123456789', 6)}, thread in <#${channelId(r)}>`,
  (r) => `use #${r.chars('0123456789abcdef', 6)} for the button and #${r.chars('0123456789abcdef', 6)} on hover`,
  (r) => `ETA for ${version(r)} is sprint ${r.int(10, 60)}, story points ${r.pick([3, 5, 8, 13])}`,
  (r) =>
    `TypeError: Cannot read properties of undefined (reading 'id')\n    at handler (/app/${r.pick(FILES)}:${r.int(10, 400)}:${r.int(2, 40)})\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
  (r) => `\`\`\`\n${service(r)}:\n  image: acme/${service(r)}:${version(r)}\n  port: ${r.int(3000, 9000)}\n  db_host: ${privateIp(r)}\n  pool_size: ${r.int(5, 50)}\n  timeout_ms: ${r.int(1000, 30000)}\n\`\`\``,
  (r) =>
    `ERROR ${isoTime(r)} [worker-${r.int(1, 8)}] ${r.pick(ERRORS)} talking to ${service(r)} (attempt ${r.int(1, 5)}/5, backoff ${r.int(100, 2000)}ms)\nWARN  ${isoTime(r)} [worker-${r.int(1, 8)}] queue depth ${r.int(100, 9000)} over threshold`,
  (r) => `the ${service(r)} image is ${r.int(100, 900)} MB, can we switch to distroless? ${r.pick(EMOJI)}`,
  (r) => `coverage is ${r.int(60, 95)}.${r.int(0, 9)}% (${r.int(1, 20)},${r.int(100, 999)} lines), mutation score 0.${r.int(50, 90)}`,
];

const PII: readonly Template[] = [
  (r) => `my cell is ${usPhone(r)} if the bridge drops`,
  (r) => `you can reach ${fullName(r)} at ${email(r)} about the contract`,
  (r) => `call me on ${internationalPhone(r)}, I'm in the car`,
  (r) => `card ${cardNumber(r)} exp ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)} for the team lunch booking`,
  (r) => `HR needs the SSN for the new hire: ${ssn(r)}`,
  (r) => `please wire the refund to IBAN ${iban(r)}, account holder ${fullName(r)}`,
  (r) => `my home IP is ${publicIp(r)} if you want to allowlist it`,
  (r) => `oops, pasted the key: ${awsAccessKeyId(r)} rotating it now`,
  (r) => `GITHUB_TOKEN=${githubToken(r)} works for the CI job`,
  (r) => `DB_PASSWORD=${password(r)} in the staging .env, don't share it`,
  (r) => `the customer's number is ${usPhone(r)}, they asked for a callback ${r.pick(DAYS)}`,
  (r) => `forwarding to ${email(r)} and ${email(r)}, they own the account`,
  (r) => `${fullName(r)}, ${email(r)}, ${usPhone(r)} — the contact for the vendor`,
];

/** A chat message and whether it was written with personal data in it. */
export interface ChatMessage {
  text: string;
  pii: boolean;
}

/**
 * `count` messages: one in ten from the PII templates, placed at random, the rest drawn from the
 * clean kinds in the shares described above.
 */
export function chatMessages(count = 2_000, seed = 20_240_611): ChatMessage[] {
  const r = seededRandom(seed);
  const messages: ChatMessage[] = [];
  for (let i = 0; i < count; i++) {
    if (r.chance(CHAT_PII_SHARE)) {
      messages.push({ text: r.pick(PII)(r), pii: true });
      continue;
    }
    const kind = r.next();
    const templates = kind < 0.28 ? SHORT : kind < 0.62 ? COORDINATION : TECHNICAL;
    messages.push({ text: r.pick(templates)(r), pii: false });
  }
  return messages;
}
