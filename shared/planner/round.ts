/** Hours and money are shown to one decimal everywhere; plans store them already rounded. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
