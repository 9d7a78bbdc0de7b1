import { formatDateTime } from '../../lib/parisTime';
import { i18n, t } from '../../lib/i18n';
import { statusLabel } from '../../components/labels';
import { ROLE_LABELS } from './labels';

/**
 * Where a request came from, as an administrator reads it: the loopback in words (she is looking
 * at her own server), an IPv6 address in its compact form (« 2001:db8::1 », not eight groups).
 */
export function addressLabel(address: string | null | undefined): string {
  if (!address) return t('common.none');
  if (address === '::1' || /^127\./.test(address) || /^(0{1,4}:){7}0{0,3}1$/.test(address)) {
    return t('admin.audit.localhost');
  }
  return address.includes(':') ? compactIpv6(address) : address;
}

function compactIpv6(address: string): string {
  const groups = address.split(':');
  if (groups.length !== 8 || groups.some((group) => !/^[0-9a-fA-F]{1,4}$/.test(group))) return address;
  const short = groups.map((group) => group.replace(/^0+(?=.)/, '').toLowerCase());
  // The longest run of zero groups (two at least) becomes « :: ».
  let best = { start: -1, length: 0 };
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && short[start + length] === '0') length++;
    if (length > best.length) best = { start, length };
  }
  if (best.length < 2) return short.join(':');
  return `${short.slice(0, best.start).join(':')}::${short.slice(best.start + best.length).join(':')}`;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:\d+(?:\.\d+)?S)?)?$/;

function valueLabel(key: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => valueLabel(key, item)).join(', ');
  if (typeof value === 'boolean') return t(value ? 'admin.audit.yes' : 'admin.audit.no');
  if (value === null || value === undefined) return t('common.none');
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  if (key === 'roles') return (ROLE_LABELS as Record<string, string>)[text] ?? text;
  if (key === 'status') return statusLabel(text);
  if (INSTANT.test(text)) return formatDateTime(text);
  const duration = DURATION.exec(text);
  if (duration && (duration[1] || duration[2])) {
    const days = Number(duration[1] ?? 0) + Math.floor(Number(duration[2] ?? 0) / 24);
    return t('admin.retention.days', { count: days });
  }
  return text;
}

/**
 * An entry's details (a JSON object the server wrote) as « clé : valeur » pairs in words;
 * details that are not such an object are shown as they came.
 */
export function detailPairs(details: string | null | undefined): { key: string; label: string; value: string }[] {
  if (!details || details === '{}') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return [{ key: '', label: '', value: details }];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return [{ key: '', label: '', value: details }];
  }
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => {
    const labelKey = `admin.audit.detailKeys.${key}`;
    return { key, label: i18n.exists(labelKey) ? t(labelKey) : key, value: valueLabel(key, value) };
  });
}
