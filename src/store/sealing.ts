import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const FORMAT_V1 = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for content at rest. The layout is `version | iv | tag | ciphertext`, so the key or
 * algorithm can change later without guessing. `aad` binds a ciphertext to its row (the item id):
 * a sealed value copied onto another item fails to open.
 */
export interface Sealer {
  seal(plaintext: string, aad: string): Buffer;
  open(sealed: Uint8Array, aad: string): string;
  /** A keyed hash for the audit log: equal values are linkable, but a small space (SSNs) cannot be enumerated without the key. */
  fingerprint(value: string): string;
}

export function createSealer(key: Buffer): Sealer {
  if (key.length !== 32) throw new Error('The encryption key must be 32 bytes');
  return {
    seal(plaintext, aad) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([FORMAT_V1]), iv, cipher.getAuthTag(), body]);
    },
    open(sealed, aad) {
      const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
      if (buf[0] !== FORMAT_V1 || buf.length < 1 + IV_BYTES + TAG_BYTES) throw new Error('Unknown sealed-content format');
      const iv = buf.subarray(1, 1 + IV_BYTES);
      const tag = buf.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(buf.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
    fingerprint(value) {
      return createHmac('sha256', key).update(value, 'utf8').digest('hex').slice(0, 16);
    },
  };
}
