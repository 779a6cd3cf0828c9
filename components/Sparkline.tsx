import type { TrendPoint } from '@/utils/tracking/trend';

export interface SparklineProps {
  points: readonly TrendPoint[];
  /** Accessible summary, read instead of the drawing. */
  label: string;
  width?: number;
  height?: number;
}

/**
 * Volume as bars, the negative part of each bar in the alert colour and hatched, so the share
 * does not rest on colour alone.
 */
export function Sparkline({ points, label, width = 292, height = 44 }: SparklineProps) {
  const max = Math.max(1, ...points.map((point) => point.count));
  const barWidth = width / Math.max(points.length, 1);
  return (
    <svg class="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <defs>
        <pattern id="negative-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="4" height="4" class="negative-fill" />
          <line x1="0" y1="0" x2="0" y2="4" class="negative-line" stroke-width="1.5" />
        </pattern>
      </defs>
      {points.map((point, index) => {
        const total = (point.count / max) * (height - 2);
        const negative = (point.negatives / max) * (height - 2);
        const x = index * barWidth + 0.5;
        return (
          <g key={point.start}>
            <rect x={x} y={height - total} width={Math.max(barWidth - 1.5, 1)} height={total} class="volume" />
            {negative > 0 && <rect x={x} y={height - negative} width={Math.max(barWidth - 1.5, 1)} height={negative} fill="url(#negative-hatch)" />}
          </g>
        );
      })}
    </svg>
  );
}
