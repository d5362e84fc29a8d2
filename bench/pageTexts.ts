import { chatMessages } from './chatMessages.ts';
import { email, fullName, internationalPhone, publicIp, usPhone } from './fakePii.ts';
import { seededRandom, type SeededRandom } from './seededRandom.ts';

/**
 * The detection benchmark's page-sized texts (5 to 20 KB): what arrives as a long message, a
 * snippet or an uploaded file. Five kinds in turn: meeting notes (the chat set's clean lines as
 * bullets under headings, a contact line at the end), a service log (timestamps, request ids,
 * private and client addresses), a customer export (CSV, personal data on every row), a support
 * thread (prose with signatures) and a configuration paste. Generated from a fixed seed.
 */

const KINDS = ['notes', 'log', 'export', 'thread', 'config'] as const;
export type PageKind = (typeof KINDS)[number];

export interface Page {
  kind: PageKind;
  text: string;
}

const CITIES = ['Berlin', 'Austin', 'Leeds', 'Lyon', 'Porto', 'Osaka', 'Denver', 'Gdansk'];
const LEVELS = ['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'];
const ROUTES = ['/api/v1/orders', '/api/v1/users/me', '/healthz', '/api/v2/search', '/api/v1/invoices', '/static/app.js'];

/** `count` pages, each between `minChars` and about `maxChars` long, kinds in turn. */
export function pageTexts(count = 20, seed = 7_301, minChars = 5_000, maxChars = 20_000): Page[] {
  const r = seededRandom(seed);
  const clean = chatMessages(4_000, seed).filter((m) => !m.pii).map((m) => m.text);
  const pages: Page[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length] ?? 'notes';
    const target = r.int(minChars, maxChars);
    pages.push({ kind, text: PAGE_WRITERS[kind](r, target, clean) });
  }
  return pages;
}

type PageWriter = (r: SeededRandom, target: number, clean: readonly string[]) => string;

/** Appends lines from `line` until the text reaches `target` characters. */
function fill(target: number, line: () => string, start = ''): string {
  let text = start;
  while (text.length < target) text += `${line()}\n`;
  return text;
}

const timestamp = (r: SeededRandom): string =>
  `2024-06-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.chars('0123456789', 3)}Z`;

const PAGE_WRITERS: Readonly<Record<PageKind, PageWriter>> = {
  notes: (r, target, clean) => {
    let heading = 0;
    const body = fill(target - 80, () => (r.chance(0.08) ? `\n## Topic ${++heading}\n` : `- ${r.pick(clean).replace(/\n/g, ' ')}`), '# Weekly sync\n\n');
    return `${body}\nQuestions to ${fullName(r)} (${email(r)}).\n`;
  },
  log: (r, target) =>
    fill(target, () => {
      const client = r.chance(0.05) ? publicIp(r) : `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
      return `${timestamp(r)} ${r.pick(LEVELS)} req=${r.chars('0123456789abcdef', 16)} method=GET path=${r.pick(ROUTES)} status=${r.pick([200, 200, 200, 204, 304, 404, 500])} dur_ms=${r.int(1, 900)} client_ip=${client}`;
    }),
  export: (r, target) =>
    fill(target, () => `${r.int(10000, 99999)},${fullName(r)},${email(r)},${r.chance(0.7) ? usPhone(r) : internationalPhone(r)},${r.pick(CITIES)},${r.int(1, 120)}`, 'id,name,email,phone,city,orders\n'),
  thread: (r, target, clean) =>
    fill(target, () => {
      const paragraph = Array.from({ length: r.int(3, 7) }, () => r.pick(clean).replace(/\n/g, ' ')).join('. ');
      return r.chance(0.3) ? `${paragraph}\n\n-- \n${fullName(r)}\nCustomer Success, Acme Inc.\n${usPhone(r)} | ${email(r)}\n` : `${paragraph}\n`;
    }, 'Subject: Re: invoice question\n\n'),
  config: (r, target) =>
    fill(target, () => {
      const key = r.pick(['timeout_ms', 'pool_size', 'replicas', 'port', 'max_retries', 'log_level', 'image', 'host', 'feature_flag']);
      const value = key === 'host' ? `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}` : key === 'image' ? `acme/svc:${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}` : String(r.int(1, 30000));
      return `  ${key}_${r.int(1, 99)}: ${value}`;
    }, 'services:\n'),
};
