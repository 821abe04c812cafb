/** One day's column in the grid: the drop target for dragged sessions, drawn with hour lines. */
import { useDroppable } from '@dnd-kit/core';
import type { WeekDay } from './week-time';

export function DayColumn({ day, today }: { day: WeekDay; today: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: `day-${day.dayIndex}`, data: { dayIndex: day.dayIndex } });
  const classes = ['week-column', today ? 'is-today' : '', isOver ? 'is-over' : ''];
  return <div ref={setNodeRef} className={classes.filter(Boolean).join(' ')} data-day={day.iso} />;
}
