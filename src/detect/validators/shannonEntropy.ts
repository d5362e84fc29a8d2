/**
 * Shannon entropy of a string in bits per character, over its UTF-16 code units. A random 32-character
 * token from [A-Za-z0-9] scores about 4.5-5; an English word or "password123" well under 3.5. This
 * is what separates `password=Xk9#mQ2$vL7p` from `password=changeme` and `api_key: <your key here>`.
 */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) counts.set(text.charCodeAt(i), (counts.get(text.charCodeAt(i)) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
