/** Display formatting shared by the screens (dates in the learner's words, money, hours). */
import { format, parseISO } from 'date-fns';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export const formatUsd = (n: number) => usd.format(n);
export const formatDay = (iso: string) => format(parseISO(iso), 'd MMM yyyy');
export const formatMonth = (isoMonth: string) => format(parseISO(`${isoMonth}-01`), 'MMM yyyy');
export const formatHours = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
