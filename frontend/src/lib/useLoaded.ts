import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  /** null until the first answer. */
  value: T | null;
  error: string | null;
  reload: () => Promise<void>;
}

/**
 * Loads something from the API now and on reload(); a failure becomes the French message of
 * describeFailure (a 401 also signs the person out, through the API client). `load` and
 * `describeFailure` must be stable (module-level functions), or the hook reloads on every render.
 */
export function useLoaded<T>(
  load: () => Promise<T>,
  describeFailure: (failure: unknown) => string,
): Loaded<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);

  const reload = useCallback(async () => {
    try {
      const answer = await load();
      if (!mounted.current) return;
      setValue(answer);
      setError(null);
    } catch (failure) {
      if (!mounted.current) return;
      setError(describeFailure(failure));
    }
  }, [load, describeFailure]);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  return { value, error, reload };
}
