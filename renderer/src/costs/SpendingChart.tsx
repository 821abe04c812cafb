/**
 * Budget, the plan's exams and money spent as a Chartist bar chart. The chart is decoration
 * for sighted users (aria-hidden); the table beside it (CostTable) carries the same numbers
 * for everyone, including screen readers.
 */
import { BarChart, type BarChartData } from 'chartist';
import { useEffect, useRef } from 'react';
import { keepChartSized } from '../shared/chartist-csp';
import { useDisplayFormat } from '../shared/locale';

export interface ChartBar {
  label: string;
  valueUsd: number;
  /** Series class suffix in costs.css: the bar's colour. */
  tone: 'budget' | 'planned' | 'spent' | 'over';
}

export function SpendingChart({ bars }: { bars: readonly ChartBar[] }) {
  const container = useRef<HTMLDivElement>(null);
  const format = useDisplayFormat();
  // Horizontal bar charts draw the first label at the bottom; reverse so the list reads top-down.
  const drawn = [...bars].reverse();
  const data: BarChartData = { labels: drawn.map((b) => b.label), series: drawn.map((b) => b.valueUsd) };
  const top = Math.max(100, ...bars.map((b) => b.valueUsd));
  const key = JSON.stringify(bars);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const instance = new BarChart(el, data, {
      horizontalBars: true,
      distributeSeries: true,
      height: `${bars.length * 3.25 + 2}rem`,
      low: 0,
      high: top,
      chartPadding: { top: 8, right: 24, bottom: 0, left: 0 },
      axisX: { onlyInteger: true, labelInterpolationFnc: (v: string | number) => format.usdCompact(Number(v)), scaleMinSpace: 56 },
      axisY: { offset: 104, showGrid: false },
    });
    // Draw events fire for each bar; tag them with their tone so CSS can colour them.
    instance.on('draw', (event) => {
      if (event.type === 'bar') {
        const bar = drawn[event.seriesIndex];
        if (bar) event.element.addClass(`costs-bar-${bar.tone}`);
      }
    });
    return keepChartSized(el, instance);
    // The chart is rebuilt when the bars change (`key`); `data`, `drawn` and `top` derive from them,
    // and the display format is the learner's for the whole run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return <div ref={container} className="costs-chart" aria-hidden="true" data-testid="spending-chart" />;
}
