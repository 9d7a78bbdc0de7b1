/**
 * The form's own id for its report, made once per form: sending it again (double click, retry
 * after a 503) names the same report, so the server keeps one. crypto.randomUUID exists only
 * in secure contexts; getRandomValues everywhere.
 */
export function newExternalId(): string {
  if (typeof crypto.randomUUID === 'function') return `form-${crypto.randomUUID()}`;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `form-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
