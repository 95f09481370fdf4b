import { useEffect, useState } from 'react';
import { loadOptions, type Option } from '../designerApi';

const cache = new Map<string, Promise<Option[] | null>>();

/** The choices of an `optionsSource`, loaded once per page; null while loading or when there is no such source. */
export function useOptions(source: string | null | undefined): { options: Option[] | null; loading: boolean } {
  const [state, setState] = useState<{ options: Option[] | null; loading: boolean }>({ options: null, loading: Boolean(source) });
  useEffect(() => {
    if (!source) {
      setState({ options: null, loading: false });
      return;
    }
    let live = true;
    if (!cache.has(source)) cache.set(source, loadOptions(source).catch(() => null));
    void cache.get(source)!.then((options) => {
      if (live) setState({ options, loading: false });
    });
    return () => {
      live = false;
    };
  }, [source]);
  return state;
}
