/**
 * Planned and studied hours per week as a chartist bar chart, two bars a week. The chart is
 * decoration for sighted users (aria-hidden); the sentence above it and the table below carry
 * the same numbers. The bars differ by more than colour: planned is the first of each pair and grey, studied the
 * second and in the accent.
 */
import { BarChart } from 'chartist';
import { useEffect, useRef } from 'react';
import type { HistoryView } from '../../../shared/ipc/contract';
import { keepChartSized } from '../shared/chartist-csp';
import { useDisplayFormat } from '../shared/locale';

export function WeeksChart({ weeks }: { weeks: HistoryView['weeks'] }) {
  const container = useRef<HTMLDivElement>(null);
  const format = useDisplayFormat();
  const key = JSON.stringify(weeks);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    // Every fourth week counted back from this one, so this week is always named and no two labels meet.
    const labels = weeks.map((w, i) => ((weeks.length - 1 - i) % 4 === 0 ? format.dayNoYear(w.weekStart) : ''));
    const hours = (m: number) => Math.round((m / 60) * 10) / 10;
    const chart = new BarChart(
      el,
      { labels, series: [weeks.map((w) => hours(w.plannedMinutes)), weeks.map((w) => hours(w.studiedMinutes))] },
      {
        low: 0,
        seriesBarDistance: 7,
        chartPadding: { top: 12, right: 8, bottom: 0, left: 0 },
        axisY: { onlyInteger: true, offset: 44, labelInterpolationFnc: (v: string | number) => format.hours(Number(v)) },
        axisX: { showGrid: false, offset: 24 },
      },
    );
    // A week's label box is one bar pair wide, narrower than "15 Jun": the named weeks get four
    // weeks' room, centred on their bars (the last one ends at the chart's edge instead).
    chart.on('draw', (event) => {
      if (event.type !== 'label' || event.axis.units.pos !== 'x' || !event.text) return;
      const wide = event.width * 4;
      const last = event.index === weeks.length - 1;
      event.element.attr({ x: last ? event.x + event.width - wide : event.x + event.width / 2 - wide / 2, width: wide });
      const span = event.element.getNode().firstElementChild;
      if (span instanceof HTMLElement) {
        span.style.width = `${wide}px`;
        span.classList.add(last ? 'history-label-end' : 'history-label-centre');
      }
    });
    return keepChartSized(el, chart);
    // Rebuilt when the weeks change (`key`); the display format is the learner's for the whole run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return <div ref={container} className="history-chart history-weeks-chart" aria-hidden="true" data-testid="weeks-chart" />;
}
