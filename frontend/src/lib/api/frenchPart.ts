/**
 * The backend writes its messages « français / English »: the French part, before the first
 * « / ». A message without that separator is returned whole.
 */
export function frenchPart(message: string): string {
  const separator = message.indexOf(' / ');
  return (separator < 0 ? message : message.slice(0, separator)).trim();
}
