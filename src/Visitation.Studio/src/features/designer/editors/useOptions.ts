import { useEffect, useState } from 'react';
import { useSignedInUserName } from '../../../auth/AuthProvider';
import { loadOptions, type Option } from '../designerApi';

const cache = new Map<string, Promise<Option[] | null>>();

/** Forgets every loaded list, so the next picker asks the server again (after signing in as someone else). */
export function forgetOptions() {
  cache.clear();
}

function load(key: string, source: string): Promise<Option[] | null> {
  // A failed load is not kept: the next picker that needs the list tries again.
  const loading = loadOptions(source).catch(() => {
    if (cache.get(key) === loading) cache.delete(key);
    return null;
  });
  return loading;
}

/** The choices of an `optionsSource`, loaded once per page and signed-in user; null while loading or when there is no such source. */
export function useOptions(source: string | null | undefined): { options: Option[] | null; loading: boolean } {
  const user = useSignedInUserName();
  const [state, setState] = useState<{ options: Option[] | null; loading: boolean }>({ options: null, loading: Boolean(source) });
  useEffect(() => {
    if (!source) {
      setState({ options: null, loading: false });
      return;
    }
    let live = true;
    const key = `${user ?? ''}\n${source}`;
    if (!cache.has(key)) cache.set(key, load(key, source));
    void cache.get(key)!.then((options) => {
      if (live) setState({ options, loading: false });
    });
    return () => {
      live = false;
    };
  }, [source, user]);
  return state;
}
