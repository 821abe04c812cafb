/**
 * How a field is named in every message MLE Path writes: `phases[2].milestones[0].id`,
 * `availability.windows[1].end`. A key that is not a plain identifier is quoted
 * (`sources["000"]`, `selfRating["ml-modelling"]`) so the path stays unambiguous. The content
 * pack's loader, the IPC validation and the backup checks all use this one, so their errors
 * read the same.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, seg) => {
    if (typeof seg === 'number') return `${acc}[${seg}]`;
    const key = String(seg);
    if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${acc}[${JSON.stringify(key)}]`;
    return acc === '' ? key : `${acc}.${key}`;
  }, '');
}
