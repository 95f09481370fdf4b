import { useEffect, useState } from 'react';
import { designerApi } from './designerApi';
import { toDefinition } from './mapping';
import { useDesigner } from './store';
import type { LeveledFinding } from './types';

const delayMs = 500;

/** Asks the server to validate the flow shortly after each change and puts its findings on the canvas. */
export function useValidation(): boolean {
  const revision = useDesigner((s) => s.revision);
  const base = useDesigner((s) => s.base);
  const [validating, setValidating] = useState(false);
  useEffect(() => {
    if (!base) return;
    let live = true;
    const timer = window.setTimeout(async () => {
      setValidating(true);
      const { nodes, edges, setFindings } = useDesigner.getState();
      try {
        const report = await designerApi.validate(toDefinition(base, nodes, edges));
        if (!live) return;
        const findings: LeveledFinding[] = [
          ...report.errors.map((f) => ({ ...f, level: 'error' as const })),
          ...report.warnings.map((f) => ({ ...f, level: 'warning' as const })),
        ];
        setFindings(findings);
      } catch {
        // A failed validation call leaves the previous findings; saving reports real errors.
      } finally {
        if (live) setValidating(false);
      }
    }, delayMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [revision, base]);
  return validating;
}
