import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TrendPoint } from '@/utils/tracking/trend';

export interface TrendChartProps {
  points: readonly TrendPoint[];
  title: string;
  width?: number;
  height?: number;
}

const css = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/**
 * Mentions per bucket (bars) and negative share (line, dashed, right axis): colour plus line
 * style, so the two read apart without colour.
 */
export function TrendChart({ points, title, width = 880, height = 240 }: TrendChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const data: uPlot.AlignedData = [
      points.map((point) => point.start / 1000),
      points.map((point) => point.count),
      points.map((point) => (point.count > 0 ? Math.round((point.negatives / point.count) * 100) : null)),
    ];
    const chart = new uPlot(
      {
        title,
        width,
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
      container.current,
    );
    return () => chart.destroy();
  }, [points, title, width, height]);
  return <div ref={container} class="trend-chart" />;
}
