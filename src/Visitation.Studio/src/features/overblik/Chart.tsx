import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

export interface ChartBar {
  label: string;
  value: number | null;
}

interface Props {
  bars: ChartBar[];
  /** The text a screen reader reads instead of the picture; the table under the chart has the same numbers. */
  description: string;
  unit: string;
  /** A dashed line across the bars (the target). */
  markAt?: number | null;
  markLabel?: string;
  max?: number;
}

/**
 * A horizontal bar chart on ECharts' modular core (only the bar chart and the SVG renderer are bundled), with aria on:
 * the description is the accessible name, and decal patterns tell the bars apart without colour.
 */
export function Chart({ bars, description, unit, markAt, markLabel, max }: Props) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    const palette = ['#1d4f7c', '#8a5a00', '#2e6b3a', '#6b3f8a', '#9f2a22', '#3d5b6e'];
    chart.setOption({
      animation: false,
      aria: { enabled: true, label: { description }, decal: { show: true } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', valueFormatter: (v: unknown) => (v == null ? '–' : `${v} ${unit}`) },
      xAxis: { type: 'value', max, axisLabel: { color: '#535e6b' } },
      yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label), axisLabel: { color: '#1c2430', width: 190, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          data: bars.map((b, i) => ({ value: b.value, itemStyle: { color: palette[i % palette.length] } })),
          label: { show: true, position: 'right', color: '#1c2430', formatter: (p: { value: unknown }) => (p.value == null ? '–' : String(p.value)) },
          markLine:
            markAt == null
              ? undefined
              : { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#1c2430' }, label: { formatter: markLabel ?? '' }, data: [{ xAxis: markAt }] },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [bars, description, unit, markAt, markLabel, max]);

  return <div ref={element} className="chart" style={{ height: Math.max(90, bars.length * 34 + 24) }} />;
}
