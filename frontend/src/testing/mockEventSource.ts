import { vi } from 'vitest';

/** A stand-in for the browser's EventSource: the test decides what the server sends. */
export class MockEventSource {
  static instances: MockEventSource[] = [];
  readonly url: string;
  readyState = 0;
  private readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>();

  constructor(url: string) {
    this.url = url;
    MockEventSource.instances.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  removeEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, (this.listeners.get(type) ?? []).filter((l) => l !== listener));
  }

  close() {
    this.readyState = 2;
  }

  /** The server sends an event (data as JSON). */
  emit(type: string, data: unknown = {}) {
    if (type === 'ready') this.readyState = 1;
    const event = new MessageEvent(type, { data: JSON.stringify(data) });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  /** The connection fails; with closed, the browser gives up. */
  fail(closed = false) {
    this.readyState = closed ? 2 : 0;
    for (const listener of this.listeners.get('error') ?? []) listener(new MessageEvent('error'));
  }
}

/** Installs the mock as the global EventSource; returns the class to reach its instances. */
export function stubEventSource() {
  MockEventSource.instances = [];
  vi.stubGlobal('EventSource', MockEventSource);
  return MockEventSource;
}
