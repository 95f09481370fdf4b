import { createContext, useContext } from 'react';
import type { Language } from '../../i18n';
import type { ActivityDescriptor, LocalizedText } from './types';

export interface DescriptorCatalog {
  byType: ReadonlyMap<string, ActivityDescriptor>;
  all: readonly ActivityDescriptor[];
}

export const DescriptorsContext = createContext<DescriptorCatalog>({ byType: new Map(), all: [] });

export function useDescriptors(): DescriptorCatalog {
  return useContext(DescriptorsContext);
}

export function localized(text: LocalizedText | null | undefined, language: Language): string {
  if (!text) return '';
  return text[language] || text.da || text.en;
}

export function catalogOf(descriptors: readonly ActivityDescriptor[]): DescriptorCatalog {
  return { all: descriptors, byType: new Map(descriptors.map((d) => [d.type, d])) };
}
