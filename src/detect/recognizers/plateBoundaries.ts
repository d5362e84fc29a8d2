/**
 * Where a licence plate can start: not inside a word or number, and not continuing a chain of
 * tokens joined by "-", ":" or "." (a MAC address "10:2F:33-AC-29-C3", a UUID, a hostname, a
 * version), whose middle pieces can look like a plate ("33-AC-29").
 */
export const PLATE_START = String.raw`(?<![\p{L}\p{N}_]|[\p{L}\p{N}_][-:.])`;

/** Where a licence plate can end: not inside a word or number, nor before "-", ":" or "." and more of the chain. */
export const PLATE_END = String.raw`(?![\p{L}\p{N}_]|[-:.][\p{L}\p{N}])`;
