import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { uiCount } from '@/utils/count';
import type { TrendPoint } from '@/utils/tracking/trend';
import { when } from './time';

export interface TrendChartProps {
  points: readonly TrendPoint[];
  title: string;
  height?: number;
}

/** Below this the axes leave no room for the bars: a narrower container scrolls the chart instead. */
const MIN_WIDTH = 240;

const DARK = '(prefers-color-scheme: dark)';

const css = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/**
 * Whether the system is in dark mode, live: the chart's colours are read from the page's CSS when it is
 * drawn, so it is drawn again when the scheme changes (not only on the next reload).
 */
function useDarkScheme(): boolean {
  const [dark, setDark] = useState(() => typeof matchMedia === 'function' && matchMedia(DARK).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(DARK);
    const change = () => setDark(query.matches);
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  return dark;
}

/**
 * A legend value: the hour under the pointer; while the pointer is off the chart (and before it ever
 * comes), the latest hour's, so the legend says where things stand now rather than "Time:" and nothing.
 * Blank, not uPlot's "--", where there is no value (a share of no mentions).
 */
const shown =
  (format: (value: number) => string) =>
  (chart: uPlot, value: number | null, seriesIndex: number, index: number | null): string => {
    const series = chart.data[seriesIndex];
    const latest = index === null && series ? series[series.length - 1] : value;
    return latest === null || latest === undefined ? '' : format(latest);
  };

/**
 * Mentions per bucket (bars) and negative share (line, dashed, right axis): colour plus line
 * style, so the two read apart without colour. As wide as its container, and redrawn to fit when
 * the container changes width (a window made narrower, a side panel opened).
 *
 * A picture to assistive technology (role img, named by its title and the table with the same
 * figures): the canvas and the legend that follows the pointer say nothing a screen reader can use.
 */
export function TrendChart({ points, title, height = 240 }: TrendChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const dark = useDarkScheme();
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const widthToFit = () => Math.max(MIN_WIDTH, Math.floor(element.clientWidth));
    const data: uPlot.AlignedData = [
      points.map((point) => point.start / 1000),
      points.map((point) => point.count),
      points.map((point) => (point.count > 0 ? Math.round((point.negatives / point.count) * 100) : null)),
    ];
    const mentions = i18n.t('dashboard.mentions');
    const share = i18n.t('dashboard.chartNegativeShare');
    const muted = css('--muted', '#57606a');
    // Grid lines that show on either background: uPlot's own are black at 7%, unseen in the dark.
    const grid = { stroke: 'rgba(127,127,127,0.22)', width: 1 };
    // Half a bucket of room at each end: a bar is centred on its time, and the first and last were cut in half.
    const step = points.length > 1 ? (points[1]!.start - points[0]!.start) / 1000 : 3600;
    const chart = new uPlot(
      {
        title,
        width: widthToFit(),
        height,
        scales: {
          x: { time: true, range: (_chart, min, max) => [min - step / 2, max + step / 2] },
          share: { range: [0, 100] },
        },
        axes: [
          { stroke: muted, grid },
          { label: mentions, stroke: muted, grid },
          { scale: 'share', side: 1, label: share, stroke: muted, grid: { show: false } },
        ],
        series: [
          { label: i18n.t('dashboard.time'), value: shown((seconds) => when(seconds * 1000)) },
          { label: mentions, stroke: muted, fill: 'rgba(127,127,127,0.25)', paths: uPlot.paths.bars?.({ size: [0.8] }), value: shown(uiCount) },
          { label: share, scale: 'share', stroke: css('--accent', '#b3261e'), width: 2, dash: [6, 4], spanGaps: true, value: shown((value) => `${value}%`) },
        ],
      },
      data,
      element,
    );
    // The legend is for the pointer: hidden from assistive technology, which has the table instead.
    chart.root.querySelector('.u-legend')?.setAttribute('aria-hidden', 'true');
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
  }, [points, title, height, dark]);
  return <div ref={container} class="trend-chart" role="img" aria-label={i18n.t('dashboard.chartLabel', [title])} data-color-scheme={dark ? 'dark' : 'light'} />;
}
