// @vitest-environment happy-dom
// The chart's legend says the mentions of the hour under the pointer (or the latest hour's) as the
// browser's UI language groups them: "12,412", never "12412". Its negative share is a percentage, as it is.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type uPlot from 'uplot';
import { TrendChart } from '@/components/dashboard/TrendChart';
import type { TrendPoint } from '@/utils/tracking/trend';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';

// uPlot draws on a canvas, which happy-dom has not: the options it is given are kept instead.
const drawn = vi.hoisted(() => ({ options: [] as uPlot.Options[], data: [] as uPlot.AlignedData[] }));
vi.mock('uplot', () => {
  class FakePlot {
    static paths = { bars: () => () => null };
    root = document.createElement('div');
    width: number;
    constructor(options: uPlot.Options, data: uPlot.AlignedData) {
      drawn.options.push(options);
      drawn.data.push(data);
      this.width = options.width;
    }
    setSize() {}
    destroy() {}
  }
  return { default: FakePlot };
});

const HOUR = 60 * 60_000;
const points: TrendPoint[] = [
  { start: 0, count: 900, negatives: 90 },
  { start: HOUR, count: 12412, negatives: 3103 },
];

beforeEach(() => {
  useEnglishMessages();
  drawn.options.length = 0;
  drawn.data.length = 0;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(async () => {
  await unmountAll();
  vi.unstubAllGlobals();
});

/** What the legend shows for series `index`: at `at` (a point's index), or with the pointer off the chart. */
function legend(index: number, at: number | null): string {
  const options = drawn.options.at(-1)!;
  const data = drawn.data.at(-1)!;
  const value = options.series[index]!.value as (chart: uPlot, value: number | null, seriesIndex: number, index: number | null) => string;
  const chart = { data } as unknown as uPlot;
  return value(chart, at === null ? null : (data[index]![at] as number | null), index, at);
}

describe('the chart legend', () => {
  test('mentions grouped in English: "12,412"; the share as a percentage', async () => {
    await mount(<TrendChart points={points} title="t" />);
    expect(drawn.options).not.toHaveLength(0);
    expect(legend(1, null)).toBe('12,412');
    expect(legend(1, 0)).toBe('900');
    expect(legend(2, null)).toBe('25%');
  });

  test('mentions grouped as the UI language does: "12.412" in German', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
    await mount(<TrendChart points={points} title="t" />);
    expect(legend(1, null)).toBe('12.412');
  });
});
