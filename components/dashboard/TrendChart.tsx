import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TrendPoint } from '@/utils/tracking/trend';

export interface TrendChartProps {
  points: readonly TrendPoint[];
  title: string;
  height?: number;
}

/** Below this the axes leave no room for the bars: a narrower container scrolls the chart instead. */
const MIN_WIDTH = 240;

const css = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/**
 * Mentions per bucket (bars) and negative share (line, dashed, right axis): colour plus line
 * style, so the two read apart without colour. As wide as its container, and redrawn to fit when
 * the container changes width (a window made narrower, a side panel opened).
 */
export function TrendChart({ points, title, height = 240 }: TrendChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const widthToFit = () => Math.max(MIN_WIDTH, Math.floor(element.clientWidth));
    const data: uPlot.AlignedData = [
      points.map((point) => point.start / 1000),
      points.map((point) => point.count),
      points.map((point) => (point.count > 0 ? Math.round((point.negatives / point.count) * 100) : null)),
    ];
    const chart = new uPlot(
      {
        title,
        width: widthToFit(),
        height,
        scales: { share: { range: [0, 100] } },
        axes: [
          { stroke: css('--muted', '#57606a') },
          { label: 'Mentions', stroke: css('--muted', '#57606a') },
          { scale: 'share', side: 1, label: '% negative', stroke: css('--muted', '#57606a'), grid: { show: false } },
        ],
        series: [
          {},
          { label: 'Mentions', stroke: css('--muted', '#57606a'), fill: 'rgba(127,127,127,0.25)', paths: uPlot.paths.bars?.({ size: [0.8] }) },
          { label: '% negative', scale: 'share', stroke: css('--accent', '#b3261e'), width: 2, dash: [6, 4], spanGaps: true },
        ],
      },
      data,
      element,
    );
    // Resized on the next frame, not inside the observer's callback: redrawing changes the
    // container's height, which the same callback would otherwise report as a loop.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const width = widthToFit();
        if (width !== chart.width) chart.setSize({ width, height });
      });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      chart.destroy();
    };
  }, [points, title, height]);
  return <div ref={container} class="trend-chart" />;
}
