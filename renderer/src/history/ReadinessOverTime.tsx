/**
 * Readiness per skill area by month as a chartist line chart, one line per area. Decoration for
 * sighted users (aria-hidden): the sentence above and the table below carry every value. The
 * lines differ by dash as well as colour, so they read apart in forced colours and without colour.
 */
import { LineChart } from 'chartist';
import { useEffect, useRef } from 'react';
import type { HistoryView } from '../../../shared/ipc/contract';
import { SKILL_AREAS } from '../../../shared/domain/skill-area';
import { keepChartSized } from '../shared/chartist-csp';
import { useDisplayFormat } from '../shared/locale';
import { monthName } from './history-model';

export function ReadinessOverTime({ points }: { points: HistoryView['readiness'] }) {
  const container = useRef<HTMLDivElement>(null);
  const format = useDisplayFormat();
  const key = JSON.stringify(points);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const chart = new LineChart(
      el,
      { labels: points.map((p) => monthName(format, p.month)), series: SKILL_AREAS.map((area) => points.map((p) => p.byArea[area])) },
      {
        low: 0,
        high: 100,
        fullWidth: points.length > 1,
        lineSmooth: false,
        chartPadding: { top: 12, right: 20, bottom: 0, left: 0 },
        axisY: { onlyInteger: true, offset: 36, scaleMinSpace: 28 },
        axisX: { offset: 24 },
      },
    );
    return keepChartSized(el, chart);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return <div ref={container} className="history-chart history-readiness-chart" aria-hidden="true" data-testid="readiness-chart" />;
}
