import type { Language } from '../../i18n';

/**
 * Words for the codes that flows put on tasks (actions and form fields). A flow a municipality designs may use codes
 * not listed here; they are shown made readable ("ny-matchning" → "Ny matchning") rather than hidden.
 */
const actions: Record<string, { da: string; en: string }> = {
  akut: { da: 'Akut hjælp', en: 'Urgent help' },
  afdaekning: { da: 'Afdækning (§ 19)', en: 'Afdækning (§ 19)' },
  undersoegelse: { da: 'Børnefaglig undersøgelse', en: 'Børnefaglig undersøgelse' },
  'tidlig-indsats': { da: 'Tidlig indsats', en: 'Early help' },
  'ingen-handling': { da: 'Ingen handling', en: 'No action' },
  sendt: { da: 'Kvittering sendt', en: 'Receipt sent' },
  gennemfoert: { da: 'Gennemført', en: 'Done' },
  vurderet: { da: 'Vurderet', en: 'Assessed' },
  ivaerksat: { da: 'Iværksat', en: 'Started' },
  indstilling: { da: 'Klar til indstilling', en: 'Ready for indstilling' },
  'luk-sagen': { da: 'Luk sagen', en: 'Close the case' },
  bevilget: { da: 'Bevilg', en: 'Grant' },
  'bevilget-med-aendring': { da: 'Bevilg med ændring', en: 'Grant with changes' },
  afslaaet: { da: 'Afslå', en: 'Refuse' },
  tilbagesendt: { da: 'Send tilbage', en: 'Return' },
  'ny-matchning': { da: 'Ny matchning', en: 'New matching' },
  fasthold: { da: 'Fasthold', en: 'Uphold' },
  undladt: { da: 'Partshøring undladt', en: 'Hearing omitted' },
  godkendt: { da: 'Godkend', en: 'Approve' },
  'ikke-godkendt': { da: 'Godkend ikke', en: 'Do not approve' },
  ophoert: { da: 'Ophørt', en: 'Ended' },
  fortsaet: { da: 'Fortsæt', en: 'Continue' },
  'skift-leverandoer': { da: 'Skift leverandør', en: 'Change provider' },
  afslut: { da: 'Afslut indsatsen', en: 'End the help' },
  forlaeng: { da: 'Forlæng', en: 'Extend' },
  juster: { da: 'Justér', en: 'Adjust' },
};

const fields: Record<string, { da: string; en: string }> = {
  begrundelse: { da: 'Begrundelse', en: 'Reason' },
  aendring: { da: 'Ændring', en: 'Change' },
  aendretOmfang: { da: 'Ændret omfang', en: 'Changed scope' },
  undersoeg: { da: 'Hvad skal undersøges', en: 'What to investigate' },
  vurdering: { da: 'Vurdering', en: 'Assessment' },
  noter: { da: 'Noter', en: 'Notes' },
  maal: { da: 'Mål', en: 'Goals' },
  start: { da: 'Hjælpen starter', en: 'Help starts' },
  foersteOpfoelgning: { da: 'Første opfølgning', en: 'First follow-up' },
  score: { da: 'Score', en: 'Score' },
};

/** "ny-matchning" → "Ny matchning", "mitFelt" → "Mit felt". */
export function readable(code: string): string {
  const words = code
    .replace(/([a-zæøå])([A-ZÆØÅ])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function actionLabel(code: string, language: Language): string {
  return actions[code]?.[language] ?? readable(code);
}

export function fieldTitle(name: string, language: Language): string {
  return fields[name]?.[language] ?? readable(name);
}
