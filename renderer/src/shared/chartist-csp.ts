/**
 * Chartist writes a few inline `style` attributes with setAttribute (the chart's SVG size and
 * its label containers). The window's CSP is
 * `style-src 'self'`, which blocks style *attributes* but not the CSSOM, so this routes those
 * writes through `element.style` instead: same result, no CSP violation. Imported by every
 * chart component; the guard patches the prototype once.
 */
import { Svg } from 'chartist';

type Attributes = Parameters<Svg['attr']>[0];

const PATCHED = Symbol.for('mle-path.chartist-csp');
const proto = Svg.prototype as Svg & { [PATCHED]?: true };

if (!proto[PATCHED]) {
  const original = proto.attr as (this: Svg, attributes: unknown, ns?: string) => unknown;
  proto.attr = function attr(this: Svg, attributes: Attributes | string, ns?: string) {
    if (typeof attributes === 'object' && attributes !== null && typeof attributes['style'] === 'string') {
      const { style, ...rest } = attributes;
      (this.getNode() as SVGElement).style.cssText += String(style);
      return original.call(this, rest, ns);
    }
    return original.call(this, attributes, ns);
  } as Svg['attr'];
  proto[PATCHED] = true;
}

/**
 * Keeps a drawn chart sized to its container and returns the effect's cleanup. Chartist redraws
 * on window resize only; the layout can change width without one (sidebar, split panes).
 */
export function keepChartSized(el: HTMLElement, chart: { update(): unknown; detach(): unknown }): () => void {
  const observer = new ResizeObserver(() => chart.update());
  observer.observe(el);
  return () => {
    observer.disconnect();
    chart.detach();
    el.replaceChildren();
  };
}
