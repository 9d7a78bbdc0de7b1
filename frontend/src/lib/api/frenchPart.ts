import { i18n } from '../i18n';

/**
 * The backend writes its messages « français / English »: the French part, before the first
 * « / ». A message without that separator is returned whole.
 */
export function frenchPart(message: string): string {
  const separator = message.indexOf(' / ');
  return (separator < 0 ? message : message.slice(0, separator)).trim();
}

/**
 * The half of a « français / English » message in the interface's language: the French part in
 * French, the English part in English. A message without the separator is returned whole.
 */
export function localPart(message: string): string {
  const separator = message.indexOf(' / ');
  if (separator < 0 || i18n.language !== 'en') return frenchPart(message);
  return message.slice(separator + 3).trim();
}
