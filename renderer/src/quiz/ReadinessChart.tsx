/**
 * Overall readiness after each attempt as a small chartist line chart. The drawing is decorative
 * for assistive tech: the container is one image with a spoken summary, and the history table
 * next to it carries every value.
 * Colours and sizes come from quiz.css (tokens); chartist-csp keeps its inline styles legal.
 */
import { useEffect, useRef } from 'react';
import { LineChart } from 'chartist';
import '../shared/chartist-csp';

interface Props {
  /** Readiness 0–100 per attempt, oldest first. */
  values: readonly number[];
  summary: string;
}

export function ReadinessChart({ values, summary }: Props) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = container.current;
    if (!node) return;
    const step = Math.max(1, Math.ceil(values.length / 12));
    const chart = new LineChart(
      node,
      { labels: values.map((_, i) => String(i + 1)), series: [[...values]] },
      {
        low: 0,
        high: 100,
        fullWidth: values.length > 1,
        showArea: true,
        lineSmooth: false,
        chartPadding: { top: 12, right: 16, bottom: 4, left: 0 },
        axisY: { onlyInteger: true, offset: 44, scaleMinSpace: 28 },
        // Past a dozen attempts, label every nth one so the numbers never overlap.
        axisX: { offset: 24, labelInterpolationFnc: (label, i) => (i % step === 0 || i === values.length - 1 ? label : null) },
      },
    );
    return () => {
      chart.detach();
      node.replaceChildren();
    };
  }, [values]);

  return <div className="quiz-chart" ref={container} role="img" aria-label={summary} />;
}
