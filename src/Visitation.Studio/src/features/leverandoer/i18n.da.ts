/** The leverandoer workspace's texts in Danish; the keys are the source for every other language. */
export const leverandoerDa = {} as const;
