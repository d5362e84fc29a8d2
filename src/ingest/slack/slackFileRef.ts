import { z } from 'zod';

/**
 * What the scan job needs of one file in a message's `files[]` (CONTRACTS.md "Files inside events").
 * It travels only inside the item's sealed content: a file name is often personal data
 * ("payslip-maria-lopez.pdf"), and the URLs carry it too, so none of this goes into job payloads,
 * the audit log or logs.
 */
export interface SlackFileRef {
  /** `F…`; the only field a Slack Connect stub is sure to have. */
  id: string;
  /** `hosted`, `snippet`, `post`, `external`, `file_access` (a stub), `tombstone`, `hidden_by_limit`. */
  mode: string | null;
  /** `visible`, or `check_file_info` for a Slack Connect stub: call `files.info` first. */
  fileAccess: string | null;
  mimetype: string | null;
  filetype: string | null;
  name: string | null;
  /** Bytes, as Slack reports it; checked against the size limit before any download. */
  size: number | null;
  urlPrivateDownload: string | null;
  urlPrivate: string | null;
  /** Who uploaded it: our bot's own files are deleted with the bot token, others' with the admin's. */
  userId: string | null;
}

const text = z.string().nullish();

/** Loose on purpose: one odd field in a file must not make Slack's whole event a 400. */
const fileShape = z.looseObject({
  id: z.string().min(1),
  mode: text,
  file_access: text,
  mimetype: text,
  filetype: text,
  name: text,
  title: text,
  size: z.number().nonnegative().nullish(),
  url_private_download: text,
  url_private: text,
  user: text,
});

/**
 * Reads one file object as Slack sends it, in an event or in a `files.info` answer. Returns null for
 * something without an id, which cannot be looked up, downloaded or deleted.
 */
export function toSlackFileRef(raw: unknown): SlackFileRef | null {
  const parsed = fileShape.safeParse(raw);
  if (!parsed.success) return null;
  const f = parsed.data;
  return {
    id: f.id,
    mode: nonEmpty(f.mode),
    fileAccess: nonEmpty(f.file_access),
    mimetype: nonEmpty(f.mimetype),
    filetype: nonEmpty(f.filetype),
    name: nonEmpty(f.name) ?? nonEmpty(f.title),
    size: f.size ?? null,
    urlPrivateDownload: nonEmpty(f.url_private_download),
    urlPrivate: nonEmpty(f.url_private),
    // Stubs carry `user: ""`.
    userId: nonEmpty(f.user),
  };
}

/** The files of a message; entries that are not file objects are left out. */
export function toSlackFileRefs(raw: unknown): SlackFileRef[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(toSlackFileRef).filter((file): file is SlackFileRef => file !== null);
}

function nonEmpty(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}
