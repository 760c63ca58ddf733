/** The same keys in both languages: TypeScript refuses an English text set that misses a Thai key, or adds one. */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export function defineTexts<const T extends Record<string, unknown>>(th: T, en: Texts<T>) {
  return { th, en };
}
